/**
 * The bench data: students bench-1@example.test … bench-N@example.test, each with cards on distinct
 * questions of the default course and a review log spread over the last six months, plus
 * bench-light-1@example.test with 20 reviews. Generated in SQL (generate_series), so a million rows
 * take about a minute, not hours. Used by `npm run bench:seed` and by `npm run bench`.
 */
import path from "node:path";
import bcrypt from "bcryptjs";
import pg from "pg";
import { contentDir } from "@/lib/content/content-dir";
import { loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import { BENCH_PASSWORD, BENCH_COURSE as COURSE } from "./client";

const REVIEWS_PER_CARD = 5;

export interface BenchDataSize {
  users: number;
  /** Reviews per student, rounded up to whole cards of five reviews. */
  reviews: number;
}

/** Reviews per student as seeded: whole cards of REVIEWS_PER_CARD reviews. */
export function seededReviewsPerUser(size: BenchDataSize): number {
  return Math.ceil(size.reviews / REVIEWS_PER_CARD) * REVIEWS_PER_CARD;
}

/** True when the database at `url` holds exactly this size of bench data (so it can be reused). */
export async function benchDataSeeded(url: string, size: BenchDataSize): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The seed is one transaction: the last student's full log means the whole seed committed.
    const { rows } = await client.query<{ users: string; reviews: string }>(
      `SELECT (SELECT count(*) FROM users WHERE email LIKE 'bench-%@example.test') AS users,
              (SELECT count(*) FROM reviews WHERE user_id = $1 AND answer_id LIKE 'bench-%') AS reviews`,
      [`bench-${size.users}`],
    );
    return (
      Number(rows[0]?.users) === size.users + 1 &&
      Number(rows[0]?.reviews) === seededReviewsPerUser(size)
    );
  } finally {
    await client.end();
  }
}

/**
 * Replaces the bench data in the (migrated) database at `url`, in one transaction; nothing else is
 * touched. Returns the number of review rows in the database afterwards.
 */
export async function seedBenchData(url: string, size: BenchDataSize): Promise<number> {
  const cardsPerUser = seededReviewsPerUser(size) / REVIEWS_PER_CARD;
  const course = loadCourse(path.join(contentDir(), COURSE), { verifyQuotes: false });
  const questionIds = generateQuestionBank(course, { seed: QUESTION_BANK_SEED }).map((q) => q.id);
  if (cardsPerUser > questionIds.length)
    throw new Error(`at most ${questionIds.length * REVIEWS_PER_CARD} reviews per user`);
  const hash = await bcrypt.hash(BENCH_PASSWORD, 11);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const seed = async (prefix: string, count: number, cards: number) => {
    await client.query(
      `INSERT INTO users (id, email, name, role, password_hash, created_at, updated_at)
       SELECT $1 || g, $1 || g || '@example.test', 'Bench student ' || $1 || g, 'student', $2, now(), now()
         FROM generate_series(1, $3::int) g`,
      [prefix, hash, count],
    );
    // Cards on distinct questions per user, spread between 10 days overdue and 50 days ahead.
    await client.query(
      `INSERT INTO cards (id, user_id, course_id, question_id, due, stability, difficulty, elapsed_days,
                          scheduled_days, learning_steps, reps, lapses, state, last_review, created_at, updated_at)
       SELECT $1 || g || '-' || k, $1 || g, $2, ($3::text[])[1 + ((g * 37 + k) % array_length($3::text[], 1))],
              now() + ((k % 60) - 10) * interval '1 day', 3 + (k % 40), 5, 3, 10, 0, $5::int,
              (k % 4 = 0)::int, 'Review', now() - interval '3 days', now() - interval '180 days', now()
         FROM generate_series(1, $4::int) g, generate_series(0, $6::int - 1) k`,
      [prefix, COURSE, questionIds, count, REVIEWS_PER_CARD, cards],
    );
    await client.query(
      `INSERT INTO reviews (id, answer_id, user_id, card_id, course_id, question_id, mode, rating, correct,
                            response, answer_text, verdict_code, response_ms, reviewed_at,
                            state_before, state_after, created_at)
       SELECT c.id || '-' || r, c.id || '-' || r, c.user_id, c.id, c.course_id, c.question_id, 'quiz',
              (CASE WHEN (hashtext(c.id) + r) % 10 = 0 THEN 'Again' ELSE 'Good' END)::"Rating",
              (hashtext(c.id) + r) % 10 <> 0, NULL, 'bench', 'exact', 4000,
              now() - ((${REVIEWS_PER_CARD} - r) * 35 + abs(hashtext(c.id)) % 30) * interval '1 day',
              jsonb_build_object('due', now(), 'stability', 3, 'difficulty', 5, 'elapsedDays', 3,
                'scheduledDays', 10, 'learningSteps', 0, 'reps', r - 1, 'lapses', 0,
                'state', CASE WHEN r = 1 THEN 'New' ELSE 'Review' END, 'lastReview', NULL),
              jsonb_build_object('due', now() + interval '10 days', 'stability', 4, 'difficulty', 5,
                'elapsedDays', 3, 'scheduledDays', 10, 'learningSteps', 0, 'reps', r, 'lapses', 0,
                'state', 'Review', 'lastReview', now()),
              now()
         FROM cards c, generate_series(1, ${REVIEWS_PER_CARD}) r
        WHERE c.id LIKE $1 || '%'`,
      [prefix],
    );
  };
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM users WHERE email LIKE 'bench-%@example.test'");
    await seed("bench-", size.users, cardsPerUser);
    await seed("bench-light-", 1, 4);
    await client.query("COMMIT");
    await client.query("ANALYZE users; ANALYZE cards; ANALYZE reviews;");
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM reviews");
    return Number(rows[0]?.n);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
