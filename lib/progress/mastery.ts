import { retrievabilityAt, type StoredCard } from "@/lib/scheduling";
import { ProgressValidationError } from "./errors";

/** What mastery needs of a question: its id and tags (a lib/questions `Question` fits). */
export interface MasteryQuestion {
  id: string;
  tags: { themes: readonly string[]; periods: readonly string[] };
}

export interface MasteryGroup {
  /** The theme id or the decade ("1990s"). */
  key: string;
  /** Questions in the group (a question with two themes counts in both). */
  total: number;
  /** Started and current retrievability ≥ the threshold. */
  mastered: number;
  /** Never answered (no card, or a card in state New). */
  new: number;
  /** Started but below the threshold: total − mastered − new. */
  inProgress: number;
  /** mastered / total, null for an empty group. */
  masteredShare: number | null;
  /** new / total, null for an empty group. */
  newShare: number | null;
}

export interface MasteryReport {
  overall: MasteryGroup;
  byTheme: MasteryGroup[];
  /** Ascending by decade; questions with no period are in no decade group. */
  byDecade: MasteryGroup[];
}

export interface MasteryOptions {
  now: Date;
  /** Retrievability a question needs to count as mastered (0.9 by default). */
  threshold?: number;
  /** Theme ids in display order (the course's); themes not listed follow, alphabetically. */
  themeOrder?: readonly string[];
}

type Status = "mastered" | "new" | "inProgress";

function groupOf(key: string, statuses: readonly Status[]): MasteryGroup {
  const total = statuses.length;
  const mastered = statuses.filter((s) => s === "mastered").length;
  const fresh = statuses.filter((s) => s === "new").length;
  return {
    key,
    total,
    mastered,
    new: fresh,
    inProgress: total - mastered - fresh,
    masteredShare: total === 0 ? null : mastered / total,
    newShare: total === 0 ? null : fresh / total,
  };
}

/**
 * Mastery per theme and per decade: the share of questions whose current retrievability
 * (FSRS forgetting curve at `now`, see `retrievabilityAt`) is ≥ the threshold, and the share
 * still new. Taken literally, so a card answered minutes ago in its learning steps counts as
 * mastered until it decays. Repeated question ids count once.
 */
export function masteryReport(
  questions: readonly MasteryQuestion[],
  cards: ReadonlyMap<string, StoredCard>,
  { now, threshold = 0.9, themeOrder = [] }: MasteryOptions,
): MasteryReport {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new ProgressValidationError("INVALID_OPTIONS", "threshold must be in (0, 1]");
  }
  const seen = new Set<string>();
  const all: Status[] = [];
  const byTheme = new Map<string, Status[]>();
  const byDecade = new Map<string, Status[]>();
  const push = (groups: Map<string, Status[]>, keys: readonly string[], status: Status) => {
    for (const key of new Set(keys)) {
      const list = groups.get(key) ?? [];
      list.push(status);
      groups.set(key, list);
    }
  };
  for (const question of questions) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    const card = cards.get(question.id);
    const status: Status =
      !card || card.state === "New"
        ? "new"
        : retrievabilityAt(card, now) >= threshold
          ? "mastered"
          : "inProgress";
    all.push(status);
    push(byTheme, question.tags.themes, status);
    push(byDecade, question.tags.periods, status);
  }
  const rank = new Map(themeOrder.map((theme, index) => [theme, index]));
  const themeKeys = [...byTheme.keys()].sort((a, b) => {
    const ra = rank.get(a) ?? Number.POSITIVE_INFINITY;
    const rb = rank.get(b) ?? Number.POSITIVE_INFINITY;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
  const decadeKeys = [...byDecade.keys()].sort();
  return {
    overall: groupOf("all", all),
    byTheme: themeKeys.map((key) => groupOf(key, byTheme.get(key) ?? [])),
    byDecade: decadeKeys.map((key) => groupOf(key, byDecade.get(key) ?? [])),
  };
}
