import { type DayKey, daysBetween } from "@/lib/progress/day-key";
import { startOfDayKey } from "@/lib/progress/day-start";
import { type AnswerCounts, type RetentionRate, retentionRate } from "@/lib/progress/retention";
import type { Question } from "@/lib/questions/types";
import { retrievabilityAt, type StoredCard, studyDayKey } from "@/lib/scheduling";
import {
  type AssignmentActivity,
  type AssignmentBand,
  type AssignmentProgress,
  type AssignmentTerms,
  assignmentProgress,
  NO_ACTIVITY,
} from "./assignment-progress";
import type { CsvCell } from "./csv";

const DAY_MS = 86_400_000;

// ─── Students ────────────────────────────────────────────────────────────────────────────────

export interface AnalyticsAssignment {
  id: string;
  /** The deck's title. */
  title: string;
  dueDay: DayKey;
  terms: AssignmentTerms;
}

/** One student's answers to the class's assigned questions, as the data layer aggregates them. */
export interface StudentAggregate {
  /** Answers in the last 7 days. */
  reviews7: number;
  /** Answers in the last 30 days to cards that were in Review state before the answer. */
  mature30: AnswerCounts;
  /** The latest answer, ever. */
  lastReviewedAt: Date | null;
}

export interface StudentAssignmentProgress {
  assignmentId: string;
  /** Counts towards the student's band (see `isCurrentAssignment`). */
  current: boolean;
  progress: AssignmentProgress;
}

export interface StudentRow {
  studentId: string;
  name: string;
  /** One entry per assignment, in the order given. */
  assignments: StudentAssignmentProgress[];
  /** The worst band over the current assignments (see `BAND_ORDER`); null when none is current. */
  band: AssignmentBand | null;
  /** Mean progress (0…1) over the current assignments; null when none is current. */
  progress: number | null;
  reviews7: number;
  /** True retention over 30 days (see lib/progress/retention.ts); `rate` null with no mature answers. */
  retention: RetentionRate;
  lastActive: Date | null;
}

/** How long after its due time an assignment still counts towards a band: a missed deadline stays visible. */
export const CURRENT_GRACE_DAYS = 7;

/** Severity, best first: a student who has not begun an assignment needs the teacher most. */
export const BAND_ORDER: readonly AssignmentBand[] = ["on-track", "behind", "not-started"];

export const BAND_LABELS: Record<AssignmentBand, string> = {
  "on-track": "On track",
  behind: "Behind",
  "not-started": "Not started",
};

/** An assignment is current until `CURRENT_GRACE_DAYS` after it is due. */
export function isCurrentAssignment(terms: AssignmentTerms, now: Date): boolean {
  return now.getTime() < terms.dueAt.getTime() + CURRENT_GRACE_DAYS * DAY_MS;
}

const NO_AGGREGATE: StudentAggregate = {
  reviews7: 0,
  mature30: { correct: 0, total: 0 },
  lastReviewedAt: null,
};

/**
 * One row per member: progress on every assignment (`assignmentProgress`), the overall band (the
 * worst over current assignments), mean current progress, answers in 7 days, true retention over
 * 30 days and the last answer. A member missing from `activity` or `aggregates` has done nothing.
 */
export function studentRows(input: {
  members: readonly { studentId: string; name: string }[];
  assignments: readonly AnalyticsAssignment[];
  /** Assignment id → student id → activity (getAssignmentActivity, once per assignment). */
  activity: ReadonlyMap<string, ReadonlyMap<string, AssignmentActivity>>;
  aggregates: ReadonlyMap<string, StudentAggregate>;
  now: Date;
}): StudentRow[] {
  const { assignments, now } = input;
  return input.members.map(({ studentId, name }) => {
    const progress = assignments.map((a) => ({
      assignmentId: a.id,
      current: isCurrentAssignment(a.terms, now),
      progress: assignmentProgress(
        a.terms,
        input.activity.get(a.id)?.get(studentId) ?? NO_ACTIVITY,
        now,
      ),
    }));
    const current = progress.filter((p) => p.current).map((p) => p.progress);
    const aggregate = input.aggregates.get(studentId) ?? NO_AGGREGATE;
    return {
      studentId,
      name,
      assignments: progress,
      band: current.length === 0 ? null : worstBand(current.map((p) => p.band)),
      progress:
        current.length === 0
          ? null
          : current.reduce((sum, p) => sum + p.fraction, 0) / current.length,
      reviews7: aggregate.reviews7,
      retention: retentionRate(aggregate.mature30),
      lastActive: aggregate.lastReviewedAt,
    };
  });
}

function worstBand(bands: readonly AssignmentBand[]): AssignmentBand {
  return bands.reduce((worst, band) =>
    BAND_ORDER.indexOf(band) > BAND_ORDER.indexOf(worst) ? band : worst,
  );
}

export const STUDENT_SORT_COLUMNS = [
  "name",
  "band",
  "progress",
  "reviews7",
  "retention",
  "lastActive",
] as const;
export type StudentSortColumn = (typeof STUDENT_SORT_COLUMNS)[number];
export type SortDirection = "asc" | "desc";

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function sortValue(row: StudentRow, column: StudentSortColumn): string | number | null {
  switch (column) {
    case "name":
      return row.name;
    case "band":
      return row.band === null ? null : BAND_ORDER.indexOf(row.band);
    case "progress":
      return row.progress;
    case "reviews7":
      return row.reviews7;
    case "retention":
      return row.retention.rate;
    case "lastActive":
      return row.lastActive?.getTime() ?? null;
  }
}

/**
 * The rows sorted by one column (band ascending = on track first), empty values (no current
 * assignment, no mature answers, never active) last in either direction, ties by name.
 */
export function sortStudentRows(
  rows: readonly StudentRow[],
  column: StudentSortColumn,
  direction: SortDirection,
): StudentRow[] {
  const sign = direction === "asc" ? 1 : -1;
  const byName = (a: StudentRow, b: StudentRow) =>
    collator.compare(a.name, b.name) || (a.studentId < b.studentId ? -1 : 1);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return byName(a, b);
    }
    const order =
      typeof x === "string" && typeof y === "string"
        ? collator.compare(x, y)
        : Number(x) - Number(y);
    return order === 0 ? byName(a, b) : sign * order;
  });
}

// ─── Questions ───────────────────────────────────────────────────────────────────────────────

/** One question's answers by the class's members, as the data layer aggregates them. */
export interface QuestionAggregate {
  questionId: string;
  attempts: number;
  correct: number;
  /** Wrong answers' texts with their counts (flashcard answers have none). */
  wrongAnswers: readonly { text: string; count: number }[];
  /** Wrong typed answers whose student said "I was right" (counted apart: still wrong here). */
  overrides: number;
}

/** "40% chose 1996 instead of 1997": one wrong answer and its share of all attempts. */
export interface ConfusionPair {
  answer: string;
  count: number;
  share: number;
}

export interface QuestionRow {
  questionId: string;
  prompt: string;
  correctAnswer: string;
  attempts: number;
  correct: number;
  /** correct / attempts (attempts > 0 in every row). */
  correctShare: number;
  /** The most common wrong answers, at most `MAX_CONFUSIONS`, most common first. */
  confusions: ConfusionPair[];
  /** Wrong answers whose student said "I was right". */
  overrides: number;
}

export const MAX_CONFUSIONS = 3;

/** The correct answer as one line, in the shape the review log's `answerText` has for each type. */
export function expectedAnswerText(question: Question): string {
  switch (question.type) {
    case "chronology":
      return question.answer.join(" → ");
    case "matching":
      return question.answer.join("; ");
    default:
      return question.answer;
  }
}

/** Trivially different spellings of one answer ("  1996", "Hallow ", "HALLOW") share a key. */
export function answerKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * One row per answered question (questions nobody answered are left out), worst share correct
 * first, then most attempted, then by prompt. Wrong answers are merged by `answerKey`, shown in
 * their most common spelling, and counted as a share of all attempts.
 */
export function questionRows(
  questions: readonly { id: string; prompt: string; correctAnswer: string }[],
  aggregates: readonly QuestionAggregate[],
): QuestionRow[] {
  const byId = new Map(aggregates.map((a) => [a.questionId, a]));
  const rows: QuestionRow[] = [];
  for (const question of questions) {
    const aggregate = byId.get(question.id);
    if (!aggregate || aggregate.attempts === 0) continue;
    const { attempts, correct } = aggregate;
    const rate = retentionRate({ correct, total: attempts }).rate ?? 0;
    rows.push({
      questionId: question.id,
      prompt: question.prompt,
      correctAnswer: question.correctAnswer,
      attempts,
      correct,
      correctShare: rate,
      confusions: topConfusions(aggregate.wrongAnswers, attempts),
      overrides: aggregate.overrides,
    });
  }
  return rows.sort(
    (a, b) =>
      a.correctShare - b.correctShare ||
      b.attempts - a.attempts ||
      collator.compare(a.prompt, b.prompt),
  );
}

function topConfusions(
  wrong: readonly { text: string; count: number }[],
  attempts: number,
): ConfusionPair[] {
  const merged = new Map<string, { total: number; spelling: string; spellingCount: number }>();
  for (const { text, count } of wrong) {
    const key = answerKey(text);
    if (key === "" || count <= 0) continue;
    const entry = merged.get(key);
    if (!entry) merged.set(key, { total: count, spelling: text.trim(), spellingCount: count });
    else {
      entry.total += count;
      if (count > entry.spellingCount) {
        entry.spelling = text.trim();
        entry.spellingCount = count;
      }
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.total - a.total || collator.compare(a.spelling, b.spelling))
    .slice(0, MAX_CONFUSIONS)
    .map((e) => ({ answer: e.spelling, count: e.total, share: e.total / attempts }));
}

/** A share as a whole percentage for people: "<1%" rather than a misleading "0%". */
export function formatPercent(share: number): string {
  if (share > 0 && share < 0.005) return "<1%";
  return `${Math.round(share * 100)}%`;
}

/** "3 said they were right": the overrides of a question's wrong typed answers. */
export function overridesSentence(overrides: number): string {
  return `${overrides} said they were right`;
}

/** "40% chose 1996 instead of 1997". */
export function confusionSentence(pair: ConfusionPair, correctAnswer: string): string {
  return `${formatPercent(pair.share)} chose ${pair.answer} instead of ${correctAnswer}`;
}

// ─── Exam prediction ─────────────────────────────────────────────────────────────────────────

export interface RecallDistribution {
  /** Predicted recall < 50%. */
  below50: number;
  /** 50% ≤ recall < 80%. */
  from50to80: number;
  /** ≥ 80%. */
  atLeast80: number;
}

export type ClassExamPrediction =
  | { status: "past"; examDay: DayKey }
  | {
      /** "today": the recall now, as the student's exam planner does on the day. */
      status: "planned" | "today";
      examDay: DayKey;
      /** Distinct assigned questions the prediction is over. */
      questions: number;
      /** Per student, in the order given; null when there are no questions. */
      students: { studentId: string; predictedRecall: number | null }[];
      /** Over the students; null with no students or no questions. */
      mean: number | null;
      median: number | null;
      distribution: RecallDistribution;
    };

/**
 * Predicted recall on an exam day, like lib/progress/exam-planner.ts per student: the mean FSRS
 * retrievability over the assigned questions at the start of the exam day (midnight in
 * `timeZone`) if nobody reviews before, a question without a card (or a New one) counting as 0;
 * then the class mean, median and how many students fall below 50%, 50–80% and at least 80%.
 */
export function predictClassRecall(
  studentIds: readonly string[],
  questionIds: readonly string[],
  cards: ReadonlyMap<string, ReadonlyMap<string, StoredCard>>,
  options: { now: Date; examDay: DayKey; timeZone: string },
): ClassExamPrediction {
  const { now, examDay } = options;
  const day = { timeZone: options.timeZone, rolloverHour: 0 };
  const daysLeft = daysBetween(studyDayKey(now, day), examDay);
  if (daysLeft < 0) return { status: "past", examDay };
  const at = daysLeft === 0 ? now : startOfDayKey(examDay, day);
  const ids = [...new Set(questionIds)];

  const students = studentIds.map((studentId) => {
    if (ids.length === 0) return { studentId, predictedRecall: null };
    const own = cards.get(studentId);
    let sum = 0;
    for (const id of ids) {
      const card = own?.get(id);
      if (card) sum += retrievabilityAt(card, at);
    }
    return { studentId, predictedRecall: sum / ids.length };
  });
  const recalls = students
    .map((s) => s.predictedRecall)
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  const distribution: RecallDistribution = { below50: 0, from50to80: 0, atLeast80: 0 };
  for (const r of recalls) {
    if (r < 0.5) distribution.below50 += 1;
    else if (r < 0.8) distribution.from50to80 += 1;
    else distribution.atLeast80 += 1;
  }
  return {
    status: daysLeft === 0 ? "today" : "planned",
    examDay,
    questions: ids.length,
    students,
    mean: recalls.length === 0 ? null : recalls.reduce((s, r) => s + r, 0) / recalls.length,
    median: median(recalls),
    distribution,
  };
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

// ─── CSV tables ──────────────────────────────────────────────────────────────────────────────

const percentCell = (share: number | null): CsvCell =>
  share === null ? null : Math.round(share * 1000) / 10;

/** "2026-11-05 10:00": UTC, in a form spreadsheets read as a date and time. */
const utcCell = (date: Date | null): CsvCell =>
  date === null ? null : date.toISOString().slice(0, 16).replace("T", " ");

/** The student table as CSV rows, a header first: every assignment (current or not) gets two columns. */
export function studentTable(
  rows: readonly StudentRow[],
  assignments: readonly AnalyticsAssignment[],
): CsvCell[][] {
  const header: CsvCell[] = [
    "Student",
    "Band",
    ...assignments.flatMap((a) => [
      `${a.title} (due ${a.dueDay}): progress %`,
      `${a.title} (due ${a.dueDay}): status`,
    ]),
    "Reviews (7 days)",
    "True retention % (30 days)",
    "Mature answers (30 days)",
    "Last active (UTC)",
  ];
  return [
    header,
    ...rows.map((row) => [
      row.name,
      row.band === null ? "No current assignment" : BAND_LABELS[row.band],
      ...row.assignments.flatMap((a) => [
        percentCell(a.progress.fraction),
        a.progress.status.replace("-", " "),
      ]),
      row.reviews7,
      percentCell(row.retention.rate),
      row.retention.total,
      utcCell(row.lastActive),
    ]),
  ];
}

/** The question table as CSV rows, a header first, the confusions as sentences. */
export function questionTable(rows: readonly QuestionRow[]): CsvCell[][] {
  return [
    [
      "Question",
      "Correct answer",
      "Attempts",
      "Correct %",
      "Most common wrong answers",
      "Said they were right",
    ],
    ...rows.map((row) => [
      row.prompt,
      row.correctAnswer,
      row.attempts,
      percentCell(row.correctShare),
      row.confusions.map((pair) => confusionSentence(pair, row.correctAnswer)).join("; "),
      row.overrides,
    ]),
  ];
}
