import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, readStartEnv } from "@/lib/server/env";

describe("readStartEnv", () => {
  it("defaults to the embedded database on port 3000 with no demo preference", () => {
    expect(readStartEnv({})).toEqual({
      database: { backend: "embedded", dataDir: path.resolve(".data/pglite") },
      port: 3000,
      demo: undefined,
      authSecret: undefined,
      courseMaintainers: [],
    });
  });

  it("reads DEMO as on or off, and PORT as a number", () => {
    for (const on of ["1", "true", "YES "]) expect(readStartEnv({ DEMO: on }).demo).toBe(true);
    for (const off of ["0", "false", "no"]) expect(readStartEnv({ DEMO: off }).demo).toBe(false);
    expect(readStartEnv({ DEMO: "" }).demo).toBeUndefined();
    expect(readStartEnv({ PORT: "3411" }).port).toBe(3411);
  });

  it("names every bad variable at once", () => {
    const read = () =>
      readStartEnv({
        DEMO: "maybe",
        PORT: "80a",
        DATABASE_URL: "mysql://db/recall",
        COURSE_MAINTAINERS: "nobody",
      });
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(/^DATABASE_URL is malformed.*not postgresql/m);
    expect(read).toThrow(/^PORT must be a port number/m);
    expect(read).toThrow(/^DEMO must be 1 or 0/m);
    expect(read).toThrow(/^COURSE_MAINTAINERS must be email addresses.*nobody/m);
  });

  it("refuses a port out of range", () => {
    expect(() => readStartEnv({ PORT: "70000" })).toThrow(/PORT must be between 1 and 65535/);
  });
});
