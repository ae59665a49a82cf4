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

/**
 * Creates the demo accounts if they are missing (never overwriting an existing account) and, when the
 * demo teacher is created, a demo class with the demo student in it and one assignment, so the
 * teacher's pages have something to show on a first start.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  const created = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({
      where: { email: account.email },
      select: { id: true },
    });
    if (exists) continue;
    const user = await prisma.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await bcrypt.hash(account.password, 11),
        // Confirmed, so the demo shows a teacher's reset for a student (the mail goes to the log).
        emailVerifiedAt: new Date(),
      },
      select: { id: true },
    });
    created.set(account.role, user.id);
  }
  const teacherId = created.get("teacher");
  if (teacherId) await seedDemoClass(prisma, teacherId);
}

async function seedDemoClass(prisma: PrismaClient, teacherId: string): Promise<void> {
  const dir = path.join(contentDir(), DEMO_COURSE);
  if (!existsSync(dir)) return;
  const course = loadCourse(dir, { verifyQuotes: false });
  const bank = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
  const filters = deckFiltersSchema.parse({ decades: ["1990s"], types: ["multiple-choice"] });
  const questionIds = resolveDeckQuestions(bank, { filters, addedIds: [], removedIds: [] });
  const student = await prisma.user.findUnique({
    where: { email: "student@example.com" },
    select: { id: true, role: true },
  });
  const dueDay = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await prisma.$transaction(async (tx) => {
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
  });
}
