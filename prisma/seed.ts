import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import { contentDir } from "@/lib/content/content-dir";
import { loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import { deckFiltersSchema, resolveDeckQuestions } from "@/lib/teaching/deck-filter";
import { generateJoinCode } from "@/lib/teaching/join-code";
import type { PrismaClient } from "../generated/prisma/client";

/** Demo accounts for a first look; also written in the README. */
export const DEMO_ACCOUNTS = [
  {
    role: "student",
    name: "Demo Student",
    email: "student@example.com",
    password: "caspian-student-demo",
  },
  {
    role: "teacher",
    name: "Demo Teacher",
    email: "teacher@example.com",
    password: "caspian-teacher-demo",
  },
] as const;

/** The course the demo class studies. */
const DEMO_COURSE = "azerbaijan-kazakhstan";

/** The advisory-lock key demo seeding holds: two instances starting at once seed one after the other. */
const DEMO_SEED_LOCK = 7_246_001;

/**
 * Creates the demo accounts if they are missing (never overwriting an existing account) and, when the
 * demo teacher is created, a demo class with the demo student in it and one assignment, so the
 * teacher's pages have something to show on a first start. Idempotent and safe to run from two
 * processes at once: the writes happen in one transaction under a PostgreSQL advisory lock, after
 * re-reading what exists; the slow parts (bcrypt, the question bank) are done before taking it.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  const existing = await prisma.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: { email: true },
  });
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.some((u) => u.email === a.email));
  if (missing.length === 0) return;
  const toCreate: { account: (typeof DEMO_ACCOUNTS)[number]; passwordHash: string }[] = [];
  for (const account of missing)
    toCreate.push({ account, passwordHash: await bcrypt.hash(account.password, 11) });
  const demoClass = missing.some((a) => a.role === "teacher") ? demoClassPlan() : undefined;

  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK}::bigint)`;
      const ids = new Map<string, string>();
      for (const { account, passwordHash } of toCreate) {
        // Another instance may have created it while this one was hashing: keep theirs.
        const found = await tx.user.findUnique({
          where: { email: account.email },
          select: { id: true },
        });
        if (found) continue;
        const user = await tx.user.create({
          data: {
            email: account.email,
            name: account.name,
            role: account.role,
            passwordHash,
            // Confirmed, so the demo shows a teacher's reset for a student (the mail goes to the log).
            emailVerifiedAt: new Date(),
          },
          select: { id: true },
        });
        ids.set(account.role, user.id);
      }
      const teacherId = ids.get("teacher");
      if (teacherId && demoClass) await createDemoClass(tx, teacherId, demoClass);
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

type DemoClassPlan = {
  filters: ReturnType<typeof deckFiltersSchema.parse>;
  questionIds: string[];
};

/** The demo deck's questions, from the course on disk (none when the course is absent). */
function demoClassPlan(): DemoClassPlan | undefined {
  const dir = path.join(contentDir(), DEMO_COURSE);
  if (!existsSync(dir)) return undefined;
  const course = loadCourse(dir, { verifyQuotes: false });
  const bank = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
  const filters = deckFiltersSchema.parse({ decades: ["1990s"], types: ["multiple-choice"] });
  const questionIds = resolveDeckQuestions(bank, { filters, addedIds: [], removedIds: [] });
  return { filters, questionIds };
}

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function createDemoClass(
  tx: Transaction,
  teacherId: string,
  { filters, questionIds }: DemoClassPlan,
): Promise<void> {
  const student = await tx.user.findUnique({
    where: { email: "student@example.com" },
    select: { id: true, role: true },
  });
  const dueDay = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const deck = await tx.customDeck.create({
    data: {
      teacherId,
      courseId: DEMO_COURSE,
      title: "The 1990s: multiple choice",
      filters,
      addedIds: [],
      removedIds: [],
      questionIds,
    },
  });
  const demoClass = await tx.class.create({
    data: {
      teacherId,
      courseId: DEMO_COURSE,
      name: "Demo class",
      joinCode: generateJoinCode((n) => randomBytes(n)),
    },
  });
  if (student?.role === "student") {
    await tx.classMember.create({ data: { classId: demoClass.id, studentId: student.id } });
  }
  await tx.assignment.create({
    data: {
      classId: demoClass.id,
      deckId: deck.id,
      dueDay,
      timeZone: "UTC",
      goal: "all_correct",
    },
  });
}
