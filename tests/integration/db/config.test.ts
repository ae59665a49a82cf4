import { createServer } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertReachable, ConfigError, resolveDatabaseConfig } from "@/lib/db/config";

describe("resolveDatabaseConfig", () => {
  it("uses the PostgreSQL server named by DATABASE_URL", () => {
    const url = "postgresql://app:secret@db.example.test:5433/recall";
    expect(resolveDatabaseConfig({ DATABASE_URL: url })).toEqual({ backend: "postgres", url });
    expect(resolveDatabaseConfig({ DATABASE_URL: "postgres://app@localhost/recall" }).backend).toBe(
      "postgres",
    );
  });

  it("uses the embedded database in .data/pglite when DATABASE_URL is unset or empty", () => {
    const expected = { backend: "embedded", dataDir: path.resolve(".data/pglite") };
    expect(resolveDatabaseConfig({})).toEqual(expected);
    expect(resolveDatabaseConfig({ DATABASE_URL: "  " })).toEqual(expected);
  });

  it("puts the embedded database in DATA_DIR when set", () => {
    expect(resolveDatabaseConfig({ DATA_DIR: "/srv/recall/db" })).toEqual({
      backend: "embedded",
      dataDir: "/srv/recall/db",
    });
  });

  it.each([
    ["not a URL", "localhost:5432/recall"],
    ["another scheme", "mysql://app:secret@localhost:3306/recall"],
    ["no host", "postgresql:///recall"],
  ])("rejects %s, naming the variable and the expected form", (_case, value) => {
    const error = (() => {
      try {
        resolveDatabaseConfig({ DATABASE_URL: value });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain("DATABASE_URL");
    expect((error as Error).message).toContain("postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
  });
});

describe("assertReachable", () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (typeof address !== "object" || address === null) throw new Error("no port");
    return address.port;
  }

  it("names host:port and the embedded fallback when nothing listens", async () => {
    const port = await closedPort();
    const error = await assertReachable(`postgresql://app:secret@127.0.0.1:${port}/recall`).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as Error).message).toContain("unset DATABASE_URL to use the embedded database");
  });

  it("passes when a server listens", async () => {
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    try {
      await expect(
        assertReachable(`postgresql://app@127.0.0.1:${port}/recall`),
      ).resolves.toBeUndefined();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
