import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/client";
import { getCourse } from "@/lib/server/courses";
import { submitReview } from "@/lib/server/data/reviews/submit-review";
import { toErrorResponse } from "@/lib/server/http/error-response";
import { answerQuestion } from "@/lib/server/study/answer-question";
import { type FakePostgres, startFakePostgres } from "../helpers/fake-postgres";

const COURSE = "azerbaijan-kazakhstan";
const question = getCourse(COURSE)?.questions[0];
const slot = globalThis as unknown as { caspianDb?: PrismaClient };

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** What the answer route does with whatever the answer path throws. */
async function answerThroughApp(prisma: PrismaClient): Promise<Response> {
  slot.caspianDb = prisma;
  return answerQuestion(
    "no-such-user",
    {
      answerId: randomUUID(),
      courseId: COURSE,
      deckId: "all",
      questionId: question?.id,
      mode: "flashcard",
      rating: "Good",
      responseMs: 1000,
    },
    new Date(),
  ).then(
    () => new Response(null, { status: 201 }),
    (error: unknown) => toErrorResponse(error),
  );
}

/** The answer's own transaction (interactive `$transaction`), whose failures Prisma wraps differently. */
async function submitThroughTransaction(prisma: PrismaClient): Promise<Response> {
  slot.caspianDb = prisma;
  return submitReview({
    userId: "no-such-user",
    courseId: COURSE,
    questionId: "q",
    answerId: randomUUID(),
    mode: "flashcard",
    rating: "Good",
    correct: true,
    response: null,
    answerText: null,
    verdictCode: null,
    responseMs: 1000,
    reviewedAt: new Date(),
  }).then(
    () => new Response(null, { status: 201 }),
    (error: unknown) => toErrorResponse(error),
  );
}

// Failure 2 of issue 13: right after a crash PostgreSQL refuses connections with 57P03, Prisma 7
// wraps it (P2039/P2010, cause in meta.driverAdapterError), and the answer got a 500 the outbox
// took as final. Every such refusal must be a 503 with Retry-After, so the answer is kept and resent.
describe("a database that refuses connections", () => {
  let fake: FakePostgres | undefined;
  let prisma: PrismaClient | undefined;
  afterEach(async () => {
    slot.caspianDb = undefined;
    await prisma?.$disconnect();
    await fake?.close();
    fake = undefined;
    prisma = undefined;
  });

  const refusals = [
    { code: "57P03", message: "the database system is not yet accepting connections" },
    { code: "57P03", message: "the database system is starting up" },
    { code: "57P01", message: "terminating connection due to administrator command" },
    { code: "57P02", message: "terminating connection due to crash of another server process" },
    { code: "53300", message: "sorry, too many clients already" },
    { code: "08006", message: "connection failure" },
  ];

  for (const refusal of refusals) {
    it(`maps ${refusal.code} "${refusal.message}" to 503 with Retry-After`, async () => {
      fake = await startFakePostgres({ kind: "error", ...refusal });
      prisma = createPrismaClient(fake.url);
      for (const attempt of [answerThroughApp, submitThroughTransaction]) {
        const response = await attempt(prisma);
        expect(fake.connections).toBeGreaterThan(0);
        expect(response.status, attempt.name).toBe(503);
        expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          "UNAVAILABLE",
        );
      }
    });
  }

  it("maps a connection reset during startup to 503", async () => {
    fake = await startFakePostgres({ kind: "reset" });
    prisma = createPrismaClient(fake.url);
    for (const attempt of [answerThroughApp, submitThroughTransaction]) {
      expect((await attempt(prisma)).status, attempt.name).toBe(503);
    }
  });

  it("maps a refused connection (nothing listening) to 503", async () => {
    prisma = createPrismaClient(`postgresql://caspian:secret@127.0.0.1:${await closedPort()}/x`);
    for (const attempt of [answerThroughApp, submitThroughTransaction]) {
      expect((await attempt(prisma)).status, attempt.name).toBe(503);
    }
  });
});
