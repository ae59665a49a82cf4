import { addDays, countsByDay, type DayCount, type DayKey, dayNumber, weekdayOf } from "./day-key";
import { ProgressValidationError } from "./errors";

/** 0 = no reviews, 4 = the busiest day of the span. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapCell {
  day: DayKey;
  count: number;
  level: HeatLevel;
}

/** A month's name over the column where its first day falls (and over column 0, see below). */
export interface MonthLabel {
  /** Column (week) where the month's first day falls; 0 for the month the span starts in. */
  weekIndex: number;
  /** "2026-01". */
  month: string;
  /** English short name ("Jan"); the UI may translate from `month`. */
  label: string;
}

export interface ReviewHeatmap {
  /** First and last (today) day covered; every day in between is in exactly one cell. */
  from: DayKey;
  to: DayKey;
  /**
   * Columns of 7 rows, oldest week first; row 0 is `weekStartsOn`. Rows after today in the
   * last week are null (the future); the first week starts on `from`'s weekday, so it has no
   * null rows: the span is stretched back to a whole week.
   */
  weeks: (HeatmapCell | null)[][];
  months: MonthLabel[];
  totalReviews: number;
  /** Days in the span with at least one review. */
  activeDays: number;
  /** Most reviews on one day of the span (0 when none). */
  maxCount: number;
}

export interface HeatmapOptions {
  /** The study day containing now (from `studyDayKey`). */
  today: DayKey;
  /** Columns to show; 26 is about six months. */
  weeks?: number;
  /** 1 = Monday (default), 0 = Sunday. */
  weekStartsOn?: 0 | 1;
}

const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

function monthLabel(weekIndex: number, day: DayKey): MonthLabel {
  const month = day.slice(0, 7);
  return { weekIndex, month, label: MONTH_NAMES[Number(day.slice(5, 7)) - 1] ?? month };
}

/** Intensity: level = ⌈4 · count / max⌉, so any activity shows (≥ 1) and the busiest day is 4. */
export function heatLevel(count: number, maxCount: number): HeatLevel {
  if (count <= 0 || maxCount <= 0) return 0;
  return Math.min(4, Math.ceil((4 * count) / maxCount)) as HeatLevel;
}

/**
 * A week-by-weekday grid of reviews per study day for the `weeks` weeks ending with today's
 * week. Input: one row per study day (SQL `GROUP BY` day over `reviewed_at >= from`, using
 * the (userId, reviewedAt) index); days outside the span are ignored.
 */
export function reviewHeatmap(
  reviewsPerDay: readonly DayCount[],
  { today, weeks = 26, weekStartsOn = 1 }: HeatmapOptions,
): ReviewHeatmap {
  if (!Number.isInteger(weeks) || weeks < 1) {
    throw new ProgressValidationError("INVALID_OPTIONS", "weeks must be a whole number ≥ 1");
  }
  const counts = countsByDay(reviewsPerDay);
  const rowOfToday = (weekdayOf(today) - weekStartsOn + 7) % 7;
  const from = addDays(today, -rowOfToday - 7 * (weeks - 1));
  const first = dayNumber(from);
  const last = dayNumber(today);

  let maxCount = 0;
  let totalReviews = 0;
  let activeDays = 0;
  for (const [day, count] of counts) {
    const n = dayNumber(day);
    if (n < first || n > last || count === 0) continue;
    maxCount = Math.max(maxCount, count);
    totalReviews += count;
    activeDays += 1;
  }

  const grid: (HeatmapCell | null)[][] = [];
  const months: MonthLabel[] = [];
  for (let week = 0; week < weeks; week++) {
    const column: (HeatmapCell | null)[] = [];
    for (let row = 0; row < 7; row++) {
      const day = addDays(from, week * 7 + row);
      if (dayNumber(day) > last) {
        column.push(null);
        continue;
      }
      const count = counts.get(day) ?? 0;
      column.push({ day, count, level: heatLevel(count, maxCount) });
      if (day.endsWith("-01")) months.push(monthLabel(week, day));
    }
    grid.push(column);
  }
  // The first column names its month too, unless the next month's label is too close to fit.
  if (!from.endsWith("-01") && (months[0]?.weekIndex ?? weeks) >= 2) {
    months.unshift(monthLabel(0, from));
  }
  return { from, to: today, weeks: grid, months, totalReviews, activeDays, maxCount };
}
