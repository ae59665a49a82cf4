import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/questions/types";
import { newCard, type StoredCard } from "@/lib/scheduling";
import { type AssignmentActivity, assignmentDueAt } from "@/lib/teaching/assignment-progress";
import {
  type AnalyticsAssignment,
  answerKey,
  confusionSentence,
  expectedAnswerText,
  formatPercent,
  isCurrentAssignment,
  overridesSentence,
  predictClassRecall,
  questionRows,
  questionTable,
  type StudentAggregate,
  type StudentRow,
  sortStudentRows,
  studentRows,
  studentTable,
} from "@/lib/teaching/class-analytics";

const now = new Date("2026-11-05T12:00:00Z");

function assignment(id: string, dueDay: string, deckSize = 4): AnalyticsAssignment {
  return {
    id,
    title: `Deck ${id}`,
    dueDay,
    terms: {
      goal: { kind: "all_correct" },
      deckSize,
      setAt: new Date("2026-11-01T00:00:00Z"),
      dueAt: assignmentDueAt(dueDay, "UTC"),
    },
  };
}

const correctOn = (...questionIds: string[]): AssignmentActivity => ({
  firstCorrectAt: new Map(questionIds.map((q) => [q, new Date("2026-11-02T10:00:00Z")])),
  answersSinceSet: questionIds.length,
  goalAnswerAt: null,
});

describe("isCurrentAssignment", () => {
  it("counts an assignment until a week after its due time", () => {
    const terms = assignment("a", "2026-11-10").terms; // due 2026-11-11T00:00Z
    expect(isCurrentAssignment(terms, new Date("2026-11-17T23:59:59Z"))).toBe(true);
    expect(isCurrentAssignment(terms, new Date("2026-11-18T00:00:00Z"))).toBe(false);
  });
});

describe("studentRows", () => {
  // Set 1 Nov, due end of 9 Nov: at noon on 5 Nov 4.5 of 9 days (50%) have passed.
  const current = assignment("cur", "2026-11-09");
  const other = assignment("oth", "2026-11-20");
  const old = assignment("old", "2026-10-01");
  const members = [
    { studentId: "s1", name: "Ana" },
    { studentId: "s2", name: "Bek" },
    { studentId: "s3", name: "Cem" },
  ];
  const aggregates = new Map<string, StudentAggregate>([
    [
      "s1",
      {
        reviews7: 9,
        mature30: { correct: 3, total: 4 },
        lastReviewedAt: new Date("2026-11-04T08:00:00Z"),
      },
    ],
  ]);

  it("gives progress per assignment, the worst current band, reviews, retention and last activity", () => {
    const rows = studentRows({
      members,
      assignments: [current, other, old],
      activity: new Map([
        [
          "cur",
          new Map([
            ["s1", correctOn("q1", "q2", "q3", "q4")], // complete
            ["s2", correctOn("q1")], // 25% at 50% of the time: behind
          ]),
        ],
        ["oth", new Map([["s1", correctOn("q1")]])], // 25% at 4.5/20 of the time: on track
      ]),
      aggregates,
      now,
    });
    const [ana, bek, cem] = rows;
    expect(ana?.assignments.map((a) => [a.assignmentId, a.current, a.progress.band])).toEqual([
      ["cur", true, "on-track"],
      ["oth", true, "on-track"],
      ["old", false, "not-started"],
    ]);
    expect(ana).toMatchObject({
      band: "on-track",
      progress: (1 + 0.25) / 2,
      reviews7: 9,
      retention: { correct: 3, total: 4, rate: 0.75 },
      lastActive: new Date("2026-11-04T08:00:00Z"),
    });
    // Behind on one, not started on the other: not started is the worse.
    expect(bek).toMatchObject({ band: "not-started", progress: 0.125 });
    expect(cem).toMatchObject({
      band: "not-started",
      progress: 0,
      reviews7: 0,
      retention: { correct: 0, total: 0, rate: null },
      lastActive: null,
    });
  });

  it("is behind when behind on one and on track on the rest", () => {
    const [row] = studentRows({
      members: [members[1] ?? { studentId: "s2", name: "Bek" }],
      assignments: [current, other],
      activity: new Map([
        ["cur", new Map([["s2", correctOn("q1")]])],
        ["oth", new Map([["s2", correctOn("q1", "q2")]])],
      ]),
      aggregates: new Map(),
      now,
    });
    expect(row?.band).toBe("behind");
  });

  it("has no band or progress when no assignment is current", () => {
    const [row] = studentRows({
      members: [{ studentId: "s1", name: "Ana" }],
      assignments: [old],
      activity: new Map(),
      aggregates: new Map(),
      now,
    });
    expect(row).toMatchObject({ band: null, progress: null });
    expect(row?.assignments[0]?.progress.status).toBe("overdue");
  });
});

describe("sortStudentRows", () => {
  const row = (
    studentId: string,
    name: string,
    fields: Partial<Pick<StudentRow, "band" | "progress" | "reviews7" | "lastActive">> & {
      rate?: number | null;
    } = {},
  ): StudentRow => ({
    studentId,
    name,
    assignments: [],
    band: fields.band === undefined ? "on-track" : fields.band,
    progress: fields.progress === undefined ? 0.5 : fields.progress,
    reviews7: fields.reviews7 ?? 0,
    retention: { correct: 0, total: 0, rate: fields.rate ?? null },
    lastActive: fields.lastActive ?? null,
  });
  const rows = [
    row("1", "Zeynəb", { band: "behind", progress: 0.2, reviews7: 5, rate: 0.9 }),
    row("2", "ağayeva", { band: null, progress: null, reviews7: 1, rate: null }),
    row("3", "Ali", {
      band: "not-started",
      progress: 0,
      reviews7: 5,
      rate: 0.5,
      lastActive: new Date("2026-11-01T00:00:00Z"),
    }),
    row("4", "Bek", {
      band: "on-track",
      progress: 1,
      reviews7: 0,
      rate: 0.7,
      lastActive: new Date("2026-11-04T00:00:00Z"),
    }),
  ];
  const names = (sorted: StudentRow[]) => sorted.map((r) => r.name);

  it("sorts names case- and accent-insensitively", () => {
    expect(names(sortStudentRows(rows, "name", "asc"))).toEqual([
      "ağayeva",
      "Ali",
      "Bek",
      "Zeynəb",
    ]);
    expect(names(sortStudentRows(rows, "name", "desc"))).toEqual([
      "Zeynəb",
      "Bek",
      "Ali",
      "ağayeva",
    ]);
  });

  it("orders bands on track → behind → not started, empty values last both ways", () => {
    expect(names(sortStudentRows(rows, "band", "asc"))).toEqual([
      "Bek",
      "Zeynəb",
      "Ali",
      "ağayeva",
    ]);
    expect(names(sortStudentRows(rows, "band", "desc"))).toEqual([
      "Ali",
      "Zeynəb",
      "Bek",
      "ağayeva",
    ]);
    expect(names(sortStudentRows(rows, "progress", "desc"))).toEqual([
      "Bek",
      "Zeynəb",
      "Ali",
      "ağayeva",
    ]);
    expect(names(sortStudentRows(rows, "retention", "asc"))).toEqual([
      "Ali",
      "Bek",
      "Zeynəb",
      "ağayeva",
    ]);
    expect(names(sortStudentRows(rows, "lastActive", "desc"))).toEqual([
      "Bek",
      "Ali",
      "ağayeva",
      "Zeynəb",
    ]);
  });

  it("breaks ties by name and leaves the input alone", () => {
    expect(names(sortStudentRows(rows, "reviews7", "desc"))).toEqual([
      "Ali",
      "Zeynəb",
      "ağayeva",
      "Bek",
    ]);
    expect(names(rows)).toEqual(["Zeynəb", "ağayeva", "Ali", "Bek"]);
  });
});

describe("questionRows", () => {
  const questions = [
    { id: "q1", prompt: "When was the treaty signed?", correctAnswer: "1997" },
    { id: "q2", prompt: "Which city?", correctAnswer: "Astana" },
    { id: "q3", prompt: "Never answered", correctAnswer: "x" },
    { id: "q4", prompt: "All right", correctAnswer: "y" },
  ];

  it("gives attempts, share correct and the top three wrong answers merged by spelling", () => {
    const rows = questionRows(questions, [
      {
        questionId: "q1",
        attempts: 10,
        correct: 4,
        wrongAnswers: [
          { text: "1996", count: 3 },
          { text: " 1996 ", count: 1 },
          { text: "1995", count: 1 },
          { text: "1998", count: 1 },
        ],
        overrides: 0,
      },
      {
        questionId: "q2",
        attempts: 5,
        correct: 1,
        wrongAnswers: [
          { text: "almaty", count: 1 },
          { text: "Almaty", count: 2 },
          { text: "Baku", count: 1 },
          { text: "   ", count: 5 },
        ],
        overrides: 2,
      },
      { questionId: "q4", attempts: 2, correct: 2, wrongAnswers: [], overrides: 0 },
      { questionId: "not-assigned", attempts: 9, correct: 0, wrongAnswers: [], overrides: 0 },
    ]);
    expect(rows.map((r) => [r.questionId, r.attempts, r.correct, r.correctShare])).toEqual([
      ["q2", 5, 1, 0.2],
      ["q1", 10, 4, 0.4],
      ["q4", 2, 2, 1],
    ]);
    expect(rows[0]?.confusions).toEqual([
      { answer: "Almaty", count: 3, share: 0.6 },
      { answer: "Baku", count: 1, share: 0.2 },
    ]);
    expect(rows[1]?.confusions).toEqual([
      { answer: "1996", count: 4, share: 0.4 },
      { answer: "1995", count: 1, share: 0.1 },
      { answer: "1998", count: 1, share: 0.1 },
    ]);
    const [first] = rows[1]?.confusions ?? [];
    expect(first && confusionSentence(first, "1997")).toBe("40% chose 1996 instead of 1997");
    expect(rows.map((r) => r.overrides)).toEqual([2, 0, 0]);
    expect(overridesSentence(3)).toBe("3 said they were right");
  });

  it("refuses impossible counts", () => {
    expect(() =>
      questionRows(questions, [
        { questionId: "q1", attempts: 1, correct: 2, wrongAnswers: [], overrides: 0 },
      ]),
    ).toThrow();
  });

  it("normalises case and whitespace only", () => {
    expect(answerKey("  Nur-Sultan\t City ")).toBe("nur-sultan city");
    expect(answerKey("Astana")).not.toBe(answerKey("Astanа")); // Cyrillic а stays different
  });

  it("formats small shares honestly", () => {
    expect(formatPercent(0.004)).toBe("<1%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.666)).toBe("67%");
  });
});

describe("expectedAnswerText", () => {
  const base = {
    id: "q",
    template: "t",
    prompt: "p",
    factIds: [],
    explanation: "",
    citations: [],
    tags: { themes: [], periods: [], kind: "dates" as const, extra: [] },
    difficulty: 0.5,
  };
  it("writes list answers the way the review log writes responses", () => {
    const chronology: Question = {
      ...base,
      type: "chronology",
      items: [],
      answer: ["A", "B", "C"],
      correctOrder: [],
    };
    const matching: Question = {
      ...base,
      type: "matching",
      left: [],
      right: [],
      answer: ["x → 1", "y → 2"],
      correctPairs: {},
    };
    expect(expectedAnswerText(chronology)).toBe("A → B → C");
    expect(expectedAnswerText(matching)).toBe("x → 1; y → 2");
  });
});

describe("predictClassRecall", () => {
  const reviewed = (stability: number, lastReview: string): StoredCard => ({
    ...newCard(new Date(lastReview)),
    state: "Review",
    stability,
    difficulty: 5,
    reps: 3,
    lastReview: new Date(lastReview),
  });
  // FSRS-6 default weights: R = 0.9 exactly when the elapsed days equal the stability.
  const at90 = reviewed(10, "2026-11-10T00:00:00Z"); // 10 days before the exam day
  const cards = new Map([
    [
      "s1",
      new Map([
        ["q1", at90],
        ["q2", at90],
      ]),
    ],
    ["s2", new Map([["q1", at90]])],
    ["s3", new Map([["q1", { ...newCard(now) }]])],
  ]);
  const options = { now, examDay: "2026-11-20", timeZone: "UTC" };

  it("averages retrievability at the start of the exam day, new and missing cards as 0", () => {
    const prediction = predictClassRecall(
      ["s1", "s2", "s3", "s4"],
      ["q1", "q2", "q1"],
      cards,
      options,
    );
    if (prediction.status !== "planned") throw new Error(prediction.status);
    expect(prediction.questions).toBe(2);
    const recall = prediction.students.map((s) => s.predictedRecall);
    expect(recall[0]).toBeCloseTo(0.9, 6);
    expect(recall[1]).toBeCloseTo(0.45, 6);
    expect(recall.slice(2)).toEqual([0, 0]);
    expect(prediction.mean).toBeCloseTo(1.35 / 4, 6);
    expect(prediction.median).toBeCloseTo(0.225, 6);
    expect(prediction.distribution).toEqual({ below50: 3, from50to80: 0, atLeast80: 1 });
  });

  it("uses midnight in the time zone, the recall now on the day, nothing for a past day", () => {
    // Midnight of the 20th in Baku (UTC+4) is 4 hours earlier: a little more recall.
    const baku = predictClassRecall(["s1"], ["q1"], cards, { ...options, timeZone: "Asia/Baku" });
    const utc = predictClassRecall(["s1"], ["q1"], cards, options);
    if (baku.status !== "planned" || utc.status !== "planned") throw new Error("not planned");
    expect(baku.mean ?? 0).toBeGreaterThan(utc.mean ?? 1);

    const today = predictClassRecall(["s1"], ["q1"], cards, { ...options, examDay: "2026-11-05" });
    expect(today).toMatchObject({ status: "today", mean: 1 }); // reviewed "in the future": R = 1
    expect(
      predictClassRecall(["s1"], ["q1"], cards, { ...options, examDay: "2026-11-04" }),
    ).toEqual({ status: "past", examDay: "2026-11-04" });
  });

  it("has no figures without students or questions", () => {
    const none = predictClassRecall([], ["q1"], cards, options);
    expect(none).toMatchObject({ mean: null, median: null, students: [] });
    const empty = predictClassRecall(["s1"], [], cards, options);
    expect(empty).toMatchObject({
      questions: 0,
      mean: null,
      students: [{ predictedRecall: null }],
    });
  });
});

describe("CSV tables", () => {
  it("writes one progress and one status column per assignment", () => {
    const a = assignment("cur", "2026-11-09");
    const [row] = studentRows({
      members: [{ studentId: "s1", name: "Ağayeva, Leyla" }],
      assignments: [a],
      activity: new Map([["cur", new Map([["s1", correctOn("q1")]])]]),
      aggregates: new Map([
        [
          "s1",
          {
            reviews7: 3,
            mature30: { correct: 2, total: 3 },
            lastReviewedAt: new Date("2026-11-04T08:05:09Z"),
          },
        ],
      ]),
      now,
    });
    expect(studentTable(row ? [row] : [], [a])).toEqual([
      [
        "Student",
        "Band",
        "Deck cur (due 2026-11-09): progress %",
        "Deck cur (due 2026-11-09): status",
        "Reviews (7 days)",
        "True retention % (30 days)",
        "Mature answers (30 days)",
        "Last active (UTC)",
      ],
      ["Ağayeva, Leyla", "Behind", 25, "in progress", 3, 66.7, 3, "2026-11-04 08:05"],
    ]);
  });

  it("writes the confusions as sentences", () => {
    const rows = questionRows(
      [{ id: "q1", prompt: "When?", correctAnswer: "1997" }],
      [
        {
          questionId: "q1",
          attempts: 5,
          correct: 2,
          wrongAnswers: [
            { text: "1996", count: 2 },
            { text: "1995", count: 1 },
          ],
          overrides: 1,
        },
      ],
    );
    expect(questionTable(rows)[0]?.at(-1)).toBe("Said they were right");
    expect(questionTable(rows)[1]).toEqual([
      "When?",
      "1997",
      5,
      40,
      "40% chose 1996 instead of 1997; 20% chose 1995 instead of 1997",
      1,
    ]);
  });
});
