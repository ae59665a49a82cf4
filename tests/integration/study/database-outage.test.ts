import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { getCourse } from "@/lib/server/courses";
import { toErrorResponse } from "@/lib/server/http/error-response";
import { answerQuestion } from "@/lib/server/study/answer-question";
import { createStudent } from "../helpers/app-database";
import { createTestDatabase, type TestDatabase, testServerUrl } from "../helpers/test-db";

const COURSE = "azerbaijan-kazakhstan";
const question = getCourse(COURSE)?.questions[0];

// Stopping a server's database needs a PostgreSQL server: CI runs this; without one it does not run.
describe.runIf(testServerUrl())("a database outage in the middle of a session", () => {
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

  const answer = (userId: string, answerId = randomUUID()) =>
    answerQuestion(
      userId,
      {
        answerId,
        courseId: COURSE,
        deckId: "all",
        questionId: question?.id,
        mode: "flashcard",
        rating: "Good",
        responseMs: 1000,
      },
      new Date(),
    );

  it("answers 503 while the database is down, recovers by itself, and loses no acknowledged answer", async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url);
    slot.caspianDb = prisma;
    await admin.connect();
    const name = new URL(database.url).pathname.slice(1);
    const student = await createStudent(prisma);
    const acknowledged = await answer(student.id);
    expect(acknowledged.recorded).toBe(true);

    // The outage: no new connections, and every open one is cut.
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [
      name,
    ]);
    const pending = randomUUID();
    const failure = await answer(student.id, pending).then(
      () => null,
      (error: unknown) => error,
    );
    const response = toErrorResponse(failure);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /database is unavailable.*will be sent again/,
    );

    // The database returns: the resent answer goes through within 5 s, without a restart.
    await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
    const back = Date.now();
    let resent: Awaited<ReturnType<typeof answer>> | null = null;
    while (!resent && Date.now() - back < 5000) {
      resent = await answer(student.id, pending).catch(() => null);
      if (!resent) await new Promise((r) => setTimeout(r, 200));
    }
    expect(resent?.recorded).toBe(true);
    expect(Date.now() - back).toBeLessThan(5000);
    const answers = await prisma.review.findMany({
      where: { userId: student.id },
      select: { answerId: true },
    });
    expect(answers.map((a) => a.answerId).sort()).toEqual([acknowledged.answerId, pending].sort());
  }, 60_000);
});
