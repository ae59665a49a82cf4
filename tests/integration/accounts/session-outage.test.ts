import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { GET as getNext } from "@/app/api/study/next/route";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { createUser } from "@/lib/server/data/users/create-user";
import { appRequest, signInThroughAuthJs } from "../helpers/auth-session";
import { createTestDatabase, type TestDatabase, testServerUrl } from "../helpers/test-db";

// Stopping a server's database needs a PostgreSQL server, as in study/database-outage.test.ts.
describe.runIf(testServerUrl())("the session check while the database is down", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  const slot = globalThis as unknown as { caspianDb?: PrismaClient };
  const admin = new pg.Client({ connectionString: testServerUrl() });

  afterAll(async () => {
    slot.caspianDb = undefined;
    await prisma?.$disconnect();
    await database?.drop();
    await admin.end();
  });

  it("answers 503 (retry), never 401 (which would tell the outbox to give up), and recovers", async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url);
    slot.caspianDb = prisma;
    await admin.connect();
    const email = `outage-${randomUUID().slice(0, 8)}@example.test`;
    const password = "salt-marsh-orbit-42";
    await createUser({ name: "Outage", email, password, role: "student" });
    // Signed in just now: this process has not cached the session's version yet.
    const jar = await signInThroughAuthJs(email, password);
    const next = () =>
      getNext(appRequest(jar, "/api/study/next?course=azerbaijan-kazakhstan&deck=all"), undefined);

    const name = new URL(database.url).pathname.slice(1);
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [
      name,
    ]);
    const down = await next();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).not.toBeNull();

    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    await expect.poll(async () => (await next()).status, { timeout: 5000 }).toBe(200);
  }, 60_000);
});
