import { type StoredCard, type StudyDayOptions, studyDayKey } from "@/lib/scheduling";
import { addDays, countsByDay, type DayCount, type DayKey, dayNumber } from "./day-key";
import { ProgressValidationError } from "./errors";

export interface ForecastBar {
  day: DayKey;
  /** Cards due on this study day; today's bar includes the overdue ones. */
  count: number;
  /** Of `count`, cards that were due before today (only on today's bar, else 0). */
  overdue: number;
}

export interface DueForecast {
  bars: ForecastBar[];
  /** Sum of the bars. */
  total: number;
  /** Tallest bar (0 when none), for the chart's scale. */
  maxCount: number;
}

/**
 * Started cards (not New) per study day of their due time. The data layer may compute the same
 * rows in SQL (`GROUP BY` the due study day over the (userId, courseId, due) index) or call
 * this on the ≤ one-card-per-question map it already loads.
 */
export function dueCountsFromCards(
  cards: Iterable<Pick<StoredCard, "due" | "state">>,
  day: StudyDayOptions,
): DayCount[] {
  const counts = new Map<DayKey, number>();
  for (const card of cards) {
    if (card.state === "New") continue;
    const key = studyDayKey(card.due, day);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([dayKey, count]) => ({ day: dayKey, count }));
}

/**
 * Due reviews for the `days` study days starting today (30 by default), one bar per day,
 * zero-filled. Cards due before today are overdue and go on today's bar; days after the
 * window are ignored. Assumes nothing is reviewed meanwhile (a forecast of the current queue).
 */
export function dueForecast(
  dueByDay: readonly DayCount[],
  { today, days = 30 }: { today: DayKey; days?: number },
): DueForecast {
  if (!Number.isInteger(days) || days < 1) {
    throw new ProgressValidationError("INVALID_OPTIONS", "days must be a whole number ≥ 1");
  }
  const counts = countsByDay(dueByDay);
  const first = dayNumber(today);
  let overdue = 0;
  for (const [day, count] of counts) if (dayNumber(day) < first) overdue += count;
  const bars: ForecastBar[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = addDays(today, offset);
    const own = counts.get(day) ?? 0;
    bars.push(
      offset === 0 ? { day, count: own + overdue, overdue } : { day, count: own, overdue: 0 },
    );
  }
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const maxCount = bars.reduce((max, bar) => Math.max(max, bar.count), 0);
  return { bars, total, maxCount };
}
