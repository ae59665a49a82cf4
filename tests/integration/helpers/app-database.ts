import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ReviewRating } from "@/lib/scheduling";
import { submitReview } from "@/lib/server/data/reviews/submit-review";
import { createTestDatabase, type TestDatabase } from "./test-db";

/**
 * A fresh, migrated database for this test file, installed as the app's own client (`db()` in
 * lib/server/db.ts), so the data layer under test talks to it through Prisma like the app does.
 */
export function setUpAppDatabase(): { readonly prisma: PrismaClient } {
  let database: TestDatabase | undefined;
  const slot = globalThis as unknown as { caspianDb?: PrismaClient };
  beforeAll(async () => {
    database = await createTestDatabase();
    slot.caspianDb = database.prisma;
  }, 120_000);
  afterAll(async () => {
    slot.caspianDb = undefined;
    await database?.drop();
  });
  return {
    get prisma() {
      if (!database) throw new Error("the test database is not ready (used outside a test?)");
      return database.prisma;
    },
  };
}

let userCounter = 0;

async function createUser(prisma: PrismaClient, name: string, role: "student" | "teacher") {
  userCounter += 1;
  return prisma.user.create({
    data: {
      email: `${name.toLowerCase().replace(/\W+/g, "-")}-${userCounter}-${Date.now()}@example.test`,
      name,
      role,
      passwordHash: "not-a-real-hash",
    },
    select: { id: true },
  });
}

/** A student account to own cards and reviews in a test. */
export function createStudent(prisma: PrismaClient, name = "Student"): Promise<{ id: string }> {
  return createUser(prisma, name, "student");
}

/** A teacher account to own classes and decks in a test. */
export function createTeacher(prisma: PrismaClient, name = "Teacher"): Promise<{ id: string }> {
  return createUser(prisma, name, "teacher");
}

/** A quiz answer of the default course, recorded through the app's own `submitReview`. */
export function recordAnswer(
  userId: string,
  questionId: string,
  rating: ReviewRating,
  at: string | Date,
  answerText: string | null = null,
) {
  return submitReview({
    userId,
    courseId: "azerbaijan-kazakhstan",
    questionId,
    answerId: randomUUID(),
    mode: "quiz",
    rating,
    correct: rating !== "Again",
    response: null,
    answerText,
    verdictCode: null,
    responseMs: 1500,
    reviewedAt: new Date(at),
  });
}
