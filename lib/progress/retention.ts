import { assertCount } from "./day-key";
import { ProgressValidationError } from "./errors";

/** How many answers, and how many of them correct (the review log's `correct` column). */
export interface AnswerCounts {
  correct: number;
  total: number;
}

/**
 * Answer counts over one time window, two ways:
 * - `all`: every review in the window (first answers of new questions, learning and
 *   relearning steps included);
 * - `mature`: only reviews of cards that were in Review state before the answer
 *   (`stateBefore.state = 'Review'`) — "true retention" as in Anki: how often a card that
 *   had left its learning steps was still remembered when it came back.
 */
export interface WindowCounts {
  all: AnswerCounts;
  mature: AnswerCounts;
}

/**
 * One SQL row per question over the last 30 days, on the (userId, reviewedAt) index:
 * `SELECT question_id, count(*) FILTER (WHERE reviewed_at >= $since7) …, count(*) FILTER
 * (WHERE correct AND state_before->>'state' = 'Review') … GROUP BY question_id`.
 */
export interface QuestionRetentionRow {
  questionId: string;
  last7: WindowCounts;
  last30: WindowCounts;
}

/** A share of correct answers; `rate` is null when there were no answers ("no data", not 0%). */
export interface RetentionRate extends AnswerCounts {
  rate: number | null;
}

export interface WindowRetention {
  all: RetentionRate;
  /** True retention (see `WindowCounts.mature`). */
  mature: RetentionRate;
}

export interface RetentionSummary {
  last7: WindowRetention;
  last30: WindowRetention;
}

export interface DeckRetention extends RetentionSummary {
  deckId: string;
}

/** correct / total, or null for no answers; throws on impossible counts. */
export function retentionRate({ correct, total }: AnswerCounts): RetentionRate {
  assertCount(correct, "correct");
  assertCount(total, "total");
  if (correct > total) {
    throw new ProgressValidationError("INVALID_COUNTS", `correct (${correct}) > total (${total})`);
  }
  return { correct, total, rate: total === 0 ? null : correct / total };
}

function emptyWindow(): WindowCounts {
  return { all: { correct: 0, total: 0 }, mature: { correct: 0, total: 0 } };
}

function addInto(sum: WindowCounts, row: WindowCounts): void {
  sum.all.correct += row.all.correct;
  sum.all.total += row.all.total;
  sum.mature.correct += row.mature.correct;
  sum.mature.total += row.mature.total;
}

function summarise(rows: Iterable<QuestionRetentionRow>): RetentionSummary {
  const last7 = emptyWindow();
  const last30 = emptyWindow();
  for (const row of rows) {
    addInto(last7, row.last7);
    addInto(last30, row.last30);
  }
  const rates = (w: WindowCounts): WindowRetention => ({
    all: retentionRate(w.all),
    mature: retentionRate(w.mature),
  });
  return { last7: rates(last7), last30: rates(last30) };
}

/**
 * Retention over the last 7 and 30 days, overall (all questions of the course) and per deck
 * (the deck's questions only; a question in several decks counts in each). A deck with no
 * reviews in a window gets null rates. Repeated question rows are summed; every count is
 * validated (whole, ≥ 0, correct ≤ total).
 */
export function retentionByDeck(
  rows: readonly QuestionRetentionRow[],
  decks: readonly { id: string; questionIds: readonly string[] }[],
): { overall: RetentionSummary; decks: DeckRetention[] } {
  const byQuestion = new Map<string, QuestionRetentionRow>();
  for (const row of rows) {
    for (const counts of [row.last7, row.last30]) {
      retentionRate(counts.all);
      retentionRate(counts.mature);
    }
    let merged = byQuestion.get(row.questionId);
    if (!merged) {
      merged = { questionId: row.questionId, last7: emptyWindow(), last30: emptyWindow() };
      byQuestion.set(row.questionId, merged);
    }
    addInto(merged.last7, row.last7);
    addInto(merged.last30, row.last30);
  }
  const overall = summarise(byQuestion.values());
  const perDeck = decks.map((deck) => {
    const deckRows = [...new Set(deck.questionIds)]
      .map((id) => byQuestion.get(id))
      .filter((row): row is QuestionRetentionRow => row !== undefined);
    return { deckId: deck.id, ...summarise(deckRows) };
  });
  return { overall, decks: perDeck };
}
