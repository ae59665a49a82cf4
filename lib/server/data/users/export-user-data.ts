import "server-only";
import type { ExportedCard, ExportedReview } from "@/lib/account/fsrs-csv";
import type { CardState } from "@/lib/scheduling";
import { db } from "../../db";
import { notFound } from "../../errors";

/** Everything the app holds about one user, as they may download it (never the password hash). */
export interface UserDataExport {
  exportedAt: string;
  profile: {
    id: string;
    name: string;
    email: string;
    role: "student" | "teacher";
    emailVerifiedAt: string | null;
    createdAt: string;
  };
  settings: unknown;
  settingsVersions: unknown[];
  cards: Array<ExportedCard & { createdAt: Date }>;
  reviews: Array<
    ExportedReview & {
      id: string;
      answerId: string;
      courseId: string;
      questionId: string;
      mode: string;
      correct: boolean;
      answerText: string | null;
      verdictCode: string | null;
      overriddenAt: Date | null;
      stateAfter: unknown;
    }
  >;
  classesJoined: Array<{ classId: string; name: string; courseId: string; joinedAt: Date }>;
  classesTaught: Array<{
    id: string;
    name: string;
    courseId: string;
    createdAt: Date;
    students: number;
  }>;
  decks: Array<{ id: string; courseId: string; title: string; questionIds: string[] }>;
  reports: Array<{
    id: string;
    courseId: string;
    questionId: string;
    reason: string;
    note: string | null;
    createdAt: Date;
  }>;
}

const stateOf = (snapshot: unknown): CardState | null =>
  (snapshot as { state?: CardState } | null)?.state ?? null;

/** The user's data, every query scoped to `userId` (the signed-in user, never a parameter). */
export async function exportUserData(options: {
  userId: string;
  now?: Date;
}): Promise<UserDataExport> {
  const { userId } = options;
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("Account");
  const [settings, settingsVersions, cards, reviews, memberships, taught, decks, reports] =
    await Promise.all([
      db().studySettings.findUnique({ where: { userId }, omit: { userId: true } }),
      db().studySettingsVersion.findMany({
        where: { userId },
        orderBy: { validFrom: "asc" },
        omit: { userId: true },
      }),
      db().card.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
      db().review.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { seq: "asc" }] }),
      db().classMember.findMany({
        where: { studentId: userId },
        select: { joinedAt: true, class: { select: { id: true, name: true, courseId: true } } },
      }),
      db().class.findMany({
        where: { teacherId: userId },
        select: {
          id: true,
          name: true,
          courseId: true,
          createdAt: true,
          _count: { select: { members: true } },
        },
      }),
      db().customDeck.findMany({
        where: { teacherId: userId },
        select: { id: true, courseId: true, title: true, questionIds: true },
      }),
      db().questionReport.findMany({
        where: { authorId: userId },
        select: {
          id: true,
          courseId: true,
          questionId: true,
          reason: true,
          note: true,
          createdAt: true,
        },
      }),
    ]);
  return {
    exportedAt: (options.now ?? new Date()).toISOString(),
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    },
    settings,
    settingsVersions,
    cards: cards.map((c) => ({
      id: c.id,
      courseId: c.courseId,
      questionId: c.questionId,
      state: c.state,
      due: c.due,
      stability: c.stability,
      difficulty: c.difficulty,
      reps: c.reps,
      lapses: c.lapses,
      lastReview: c.lastReview,
      createdAt: c.createdAt,
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      answerId: r.answerId,
      cardId: r.cardId,
      courseId: r.courseId,
      questionId: r.questionId,
      mode: r.mode,
      rating: r.rating,
      correct: r.correct,
      answerText: r.answerText,
      verdictCode: r.verdictCode,
      responseMs: r.responseMs,
      reviewedAt: r.reviewedAt,
      overriddenAt: r.overriddenAt,
      stateBefore: stateOf(r.stateBefore),
      stateAfter: r.stateAfter,
    })),
    classesJoined: memberships.map((m) => ({
      classId: m.class.id,
      name: m.class.name,
      courseId: m.class.courseId,
      joinedAt: m.joinedAt,
    })),
    classesTaught: taught.map(({ _count, ...c }) => ({ ...c, students: _count.members })),
    decks,
    reports,
  };
}
