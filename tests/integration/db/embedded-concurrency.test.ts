import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackend } from "../helpers/test-db";

// Several `pg` clients through one server at once. On the embedded backend they all share PGlite's
// single session, so this checks that pglite-server.ts never lets their messages interleave.

let database: TestDatabase;
let clients: pg.Client[];

function client(index: number): pg.Client {
  const found = clients[index];
  if (found === undefined) throw new Error(`no client ${index}`);
  return found;
}

beforeAll(async () => {
  database = await createTestDatabase();
  clients = await Promise.all(
    Array.from({ length: 6 }, async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      return client;
    }),
  );
  await client(0).query("CREATE TABLE counter (n int NOT NULL); INSERT INTO counter VALUES (0)");
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end()));
  await database.drop();
});

describe(`concurrent clients (${testBackend()})`, () => {
  it("each get their own statement's result, even when a large parameter splits a message", async () => {
    const mismatches: string[] = [];
    await Promise.all(
      clients.map(async (client, clientIndex) => {
        // Client 0 sends 300 kB parameters: its Bind arrives in several TCP reads after its Parse.
        const padding = clientIndex === 0 ? "x".repeat(300_000) : "";
        for (let round = 0; round < 15; round++) {
          const value = clientIndex * 1000 + round;
          const text = `${value}${padding}`;
          const { rows } = await client.query(
            `SELECT $1::int AS value, length($2::text) AS length, ${clientIndex} AS client`,
            [value, text],
          );
          const expected = { value, length: text.length, client: clientIndex };
          if (JSON.stringify(rows[0]) !== JSON.stringify(expected)) {
            mismatches.push(`${JSON.stringify(expected)} got ${JSON.stringify(rows[0])}`);
          }
        }
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it("run read-modify-write transactions one after another, losing no update", async () => {
    const rounds = 10;
    await Promise.all(
      clients.map(async (client) => {
        for (let round = 0; round < rounds; round++) {
          await client.query("BEGIN");
          const { rows } = await client.query<{ n: number }>("SELECT n FROM counter FOR UPDATE");
          await new Promise((resolve) => setTimeout(resolve, 1));
          await client.query("UPDATE counter SET n = $1", [(rows[0]?.n ?? 0) + 1]);
          await client.query("COMMIT");
        }
      }),
    );
    const { rows } = await client(0).query<{ n: number }>("SELECT n FROM counter");
    expect(rows[0]?.n).toBe(clients.length * rounds);
  });

  it("roll back a transaction left open by a client that disconnects, and serve the others", async () => {
    const quitter = new pg.Client({ connectionString: database.url });
    quitter.on("error", () => {});
    await quitter.connect();
    await quitter.query("BEGIN");
    await quitter.query("UPDATE counter SET n = -1");
    const others = client(1).query<{ n: number }>("SELECT n FROM counter");
    await quitter.end();

    const { rows } = await others;
    expect(rows[0]?.n).not.toBe(-1);
  });

  it("run Prisma interactive transactions concurrently without mixing them", async () => {
    const emails = Array.from({ length: 5 }, (_, index) => `concurrent${index}@example.test`);
    await Promise.all(
      emails.map((email, index) =>
        database.prisma
          .$transaction(async (tx) => {
            await tx.user.create({
              data: { email, name: `User ${index}`, role: "student", passwordHash: "x" },
            });
            if (index === 2) throw new Error("rolled back on purpose");
          })
          .catch((error: Error) => {
            if (error.message !== "rolled back on purpose") throw error;
          }),
      ),
    );
    const stored = await database.prisma.user.findMany({
      where: { email: { in: emails } },
      orderBy: { email: "asc" },
    });
    expect(stored.map((user) => user.email)).toEqual(emails.filter((_, index) => index !== 2));
  });
});
