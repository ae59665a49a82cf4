/**
 * The bench's baseline: what answering and asking for the next question cost with nothing but
 * `node:http` and a `pg` Pool. Same grading (lib/questions), same FSRS step (lib/scheduling), same
 * queue (buildStudyQueue) and the same SQL statements per request as the app's answer path
 * (lib/server/study/answer-question.ts, submit-review.ts, study-queue.ts). Left out on purpose: the
 * session (the student is named by an `x-bench-user` header, no JWT), input validation beyond
 * JSON.parse, and the out-of-order replay (load answers are always in order).
 * Run by `npm run bench`; by hand: `DATABASE_URL=… PORT=3080 npx tsx lib/cli/bench/baseline-server.ts`.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import pg from "pg";
import { contentDir } from "@/lib/content/content-dir";
import { loadCourse } from "@/lib/content/load-course";
import { builtInDecks } from "@/lib/decks/built-in-decks";
import { checkAnswer, generateQuestionBank, toPublicQuestion } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import { siblingKeysOf } from "@/lib/questions/siblings";
import {
  buildStudyQueue,
  defaultSchedulerSettings,
  newCard,
  previewIntervals,
  REVIEW_RATINGS,
  ratingFromGrade,
  reviewCard,
  type SchedulerSettings,
  type StoredCard,
  schedulerSettingsSchema,
  startOfStudyDay,
} from "@/lib/scheduling";
import { BENCH_COURSE } from "./client";

const course = loadCourse(path.join(contentDir(), BENCH_COURSE), { verifyQuotes: false });
const bank = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
const questionsById = new Map(bank.map((q) => [q.id, q]));
const deck = builtInDecks(course, bank).find((d) => d.id === "all");
if (!deck) throw new Error("the course has no 'all' deck");
const queueQuestions = deck.questionIds.flatMap((id) => {
  const q = questionsById.get(id);
  return q
    ? [{ id: q.id, type: q.type, siblingKeys: siblingKeysOf(q), themes: q.tags.themes }]
    : [];
});

// The same pool size as the app's (PrismaPg leaves pg's default of 10).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const CARD_COLUMNS =
  "due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review";

interface CardRow {
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: StoredCard["state"];
  last_review: Date | null;
}

function toCard(row: CardRow): StoredCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.last_review,
  };
}

const cardJson = (card: StoredCard) =>
  JSON.stringify({
    ...card,
    due: card.due.toISOString(),
    lastReview: card.lastReview?.toISOString() ?? null,
  });

async function settingsOf(userId: string): Promise<SchedulerSettings> {
  const { rows } = await pool.query("SELECT * FROM study_settings WHERE user_id = $1", [userId]);
  const row = rows[0];
  if (!row) return defaultSchedulerSettings;
  return schedulerSettingsSchema.parse({
    desiredRetention: row.desired_retention,
    newPerDay: row.new_per_day,
    maxReviewsPerDay: row.max_reviews_per_day,
    learningSteps: row.learning_steps,
    relearningSteps: row.relearning_steps,
    timeZone: row.time_zone,
    dayRolloverHour: row.day_rollover_hour,
  });
}

/** getUserCards + getStudyDayActivity + buildStudyQueue, as one statement each. */
async function nextQuestion(userId: string, settings: SchedulerSettings, now: Date) {
  const since = startOfStudyDay(now, {
    timeZone: settings.timeZone,
    rolloverHour: settings.dayRolloverHour,
  });
  const mine = [userId, BENCH_COURSE];
  const today = [userId, BENCH_COURSE, since];
  const [cards, activity] = await Promise.all([
    pool.query<CardRow & { question_id: string }>(
      `SELECT question_id, ${CARD_COLUMNS} FROM cards WHERE user_id = $1 AND course_id = $2`,
      mine,
    ),
    pool.query<{ new_introduced: number; answered: string[] }>(
      `SELECT (SELECT count(*)::int FROM cards
                WHERE user_id = $1 AND course_id = $2 AND created_at >= $3) AS new_introduced,
              ARRAY(SELECT question_id FROM reviews
                     WHERE user_id = $1 AND course_id = $2 AND reviewed_at >= $3) AS answered`,
      today,
    ),
  ]);
  const answered = activity.rows[0]?.answered ?? [];
  const queue = buildStudyQueue({
    now,
    questions: queueQuestions,
    cards: new Map(cards.rows.map((row) => [row.question_id, toCard(row)])),
    settings,
    today: {
      reviewsDone: answered.length,
      newIntroduced: activity.rows[0]?.new_introduced ?? 0,
      siblingKeysSeen: new Set(
        [...new Set(answered)].flatMap((id) => {
          const question = questionsById.get(id);
          return question ? siblingKeysOf(question) : [];
        }),
      ),
    },
  });
  const first = queue.items[0];
  const question = first ? questionsById.get(first.questionId) : undefined;
  return {
    question: question ? toPublicQuestion(question) : null,
    kind: first?.kind ?? null,
    counts: { due: queue.dueCount, newLeft: queue.newLeftToday, remaining: queue.items.length },
    doneForToday: queue.doneForToday,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
  };
}

interface AnswerBody {
  answerId: string;
  questionId: string;
  response: unknown;
  responseMs: number;
}

/** Grades, then the card transaction of submitReview: upsert, lock, duplicate check, FSRS, write. */
async function answer(userId: string, body: AnswerBody, now: Date) {
  const question = questionsById.get(body.questionId);
  if (!question) return { status: 404, json: { error: "no such question" } };
  const checked = checkAnswer(question, body.response);
  const rating = ratingFromGrade({ correct: checked.correct });
  const settings = await settingsOf(userId);
  const client = await pool.connect();
  let after: StoredCard;
  let before: StoredCard;
  try {
    await client.query("BEGIN");
    // The app's statements (submit-review.ts): lock or create the card, returning it…
    const { rows: cards } = await client.query<CardRow & { id: string }>(
      `INSERT INTO cards (id, user_id, course_id, question_id, due, stability, difficulty,
                          elapsed_days, scheduled_days, learning_steps, reps, lapses, state,
                          last_review, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 0, 0, 0, 0, 0, 0, 0, 'New', NULL, $6, $6)
       ON CONFLICT (user_id, course_id, question_id) DO UPDATE SET updated_at = cards.updated_at
       RETURNING id, created_at, ${CARD_COLUMNS}`,
      [randomUUID(), userId, BENCH_COURSE, question.id, newCard(now).due, now],
    );
    const card = cards[0];
    if (!card) throw new Error(`no card for ${question.id} after the upsert`);
    const cardId = card.id;
    const outcome = reviewCard(toCard(card), rating, now, settings);
    ({ before, after } = outcome);
    // …insert the answer unless its id is taken (a retry reads the first recording)…
    const inserted = await client.query(
      `INSERT INTO reviews (id, answer_id, user_id, card_id, course_id, question_id, mode, rating,
                            correct, response, answer_text, verdict_code, response_ms, reviewed_at,
                            state_before, state_after, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'quiz', $7, $8, $9, NULL, $10, $11, $12, $13, $14, now())
       ON CONFLICT (user_id, answer_id) DO NOTHING`,
      [
        randomUUID(),
        body.answerId,
        userId,
        cardId,
        BENCH_COURSE,
        question.id,
        rating,
        checked.correct,
        JSON.stringify(body.response ?? null),
        checked.code,
        body.responseMs,
        now,
        cardJson(before),
        cardJson(after),
      ],
    );
    if (!inserted.rowCount) {
      await client.query("SELECT * FROM reviews WHERE user_id = $1 AND answer_id = $2", [
        userId,
        body.answerId,
      ]);
      await client.query("COMMIT");
      return { status: 200, json: { answerId: body.answerId, duplicate: true } };
    }
    // …and update the card.
    await client.query(
      `UPDATE cards SET due = $2, stability = $3, difficulty = $4, elapsed_days = $5,
              scheduled_days = $6, learning_steps = $7, reps = $8, lapses = $9, state = $10,
              last_review = $11, updated_at = now()
        WHERE id = $1`,
      [
        cardId,
        after.due,
        after.stability,
        after.difficulty,
        after.elapsedDays,
        after.scheduledDays,
        after.learningSteps,
        after.reps,
        after.lapses,
        after.state,
        after.lastReview,
      ],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  const previews = checked.correct ? previewIntervals(before, now, settings) : null;
  return {
    status: 201,
    json: {
      answerId: body.answerId,
      duplicate: false,
      recorded: true,
      correct: checked.correct,
      verdict: { code: checked.code, reason: checked.reason },
      expected: question.answer,
      explanation: question.explanation,
      citations: question.citations,
      rating,
      due: after.due.toISOString(),
      grades: previews
        ? REVIEW_RATINGS.map((r) => ({ rating: r, interval: previews[r].label }))
        : [],
      next: await nextQuestion(userId, settings, now),
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function handle(request: IncomingMessage): Promise<{ status: number; json: unknown }> {
  if (request.url === "/health") return { status: 200, json: { status: "ok" } };
  const userId = request.headers["x-bench-user"];
  if (typeof userId !== "string") return { status: 401, json: { error: "x-bench-user" } };
  const url = new URL(request.url ?? "/", "http://baseline");
  const now = new Date();
  if (request.method === "POST" && url.pathname === "/api/study/answers") {
    return answer(userId, JSON.parse(await readBody(request)) as AnswerBody, now);
  }
  if (request.method === "GET" && url.pathname === "/api/study/next") {
    return { status: 200, json: await nextQuestion(userId, await settingsOf(userId), now) };
  }
  return { status: 404, json: { error: "not found" } };
}

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  handle(request).then(
    ({ status, json }) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(json));
    },
    (error: unknown) => {
      console.error(error);
      response.writeHead(500, { "content-type": "application/json" });
      response.end('{"error":"internal"}');
    },
  );
});
const port = Number(process.env.PORT ?? 3080);
server.listen(port, "127.0.0.1", () => console.log(`baseline listening on ${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => pool.end().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}
