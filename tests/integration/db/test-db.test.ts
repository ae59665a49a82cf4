import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase, testBackend, testServerUrl } from "../helpers/test-db";

describe(`createTestDatabase (${testBackend()})`, () => {
  it("gives a migrated database that Prisma can use, isolated from another one", async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(first.url).not.toBe(second.url);
      const user = await first.prisma.user.create({
        data: { email: "ada@example.test", name: "Ada", role: "teacher", passwordHash: "hash" },
      });
      expect(user).toMatchObject({ email: "ada@example.test", role: "teacher" });
      expect(user.createdAt).toBeInstanceOf(Date);
      await first.prisma.rateLimit.create({ data: { key: "sign_in_account:ada@example.test" } });

      expect(await first.prisma.user.count()).toBe(1);
      expect(await second.prisma.user.count()).toBe(0);
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  });

  it.runIf(testServerUrl() !== undefined)("drops its database on the server", async () => {
    const database = await createTestDatabase();
    const name = new URL(database.url).pathname.slice(1);
    await database.drop();

    const admin = new pg.Client({ connectionString: testServerUrl() });
    await admin.connect();
    try {
      const { rows } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      expect(rows).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});
