import { ProgressValidationError } from "./errors";

/**
 * A study day as "YYYY-MM-DD": what `studyDayKey` from lib/scheduling gives, and what
 * PostgreSQL gives for a UTC `timestamp(3)` column with
 * `to_char(((reviewed_at AT TIME ZONE 'UTC') AT TIME ZONE $tz) - make_interval(hours => $rollover), 'YYYY-MM-DD')`
 * (checked equal, DST included). Day keys are calendar dates: arithmetic on them ignores zones.
 */
export type DayKey = string;

/** Reviews (or due cards) counted per study day, as one SQL `GROUP BY day` row. */
export interface DayCount {
  day: DayKey;
  count: number;
}

const DAY_MS = 86_400_000;
const DAY_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a day key; throws on anything that is not a real calendar date. */
export function dayNumber(day: DayKey): number {
  const match = DAY_KEY_PATTERN.exec(day);
  if (match) {
    const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, date);
    const check = new Date(time);
    if (
      check.getUTCFullYear() === year &&
      check.getUTCMonth() === month - 1 &&
      check.getUTCDate() === date
    ) {
      return time / DAY_MS;
    }
  }
  throw new ProgressValidationError("INVALID_DAY_KEY", `"${day}" is not a day key like 2026-01-05`);
}

/** The day key `number` days after 1970-01-01. */
export function dayKeyOf(number: number): DayKey {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** The day `days` after `day` (negative goes back). */
export function addDays(day: DayKey, days: number): DayKey {
  return dayKeyOf(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayKey): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** Throws unless `count` is a whole number ≥ 0. */
export function assertCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new ProgressValidationError("INVALID_COUNTS", `${what} must be a whole number ≥ 0`);
  }
}

/** Sums counts per day (SQL gives one row per day, but merging is harmless); validates every row. */
export function countsByDay(days: readonly DayCount[]): Map<DayKey, number> {
  const byDay = new Map<DayKey, number>();
  for (const { day, count } of days) {
    dayNumber(day);
    assertCount(count, `The count for ${day}`);
    byDay.set(day, (byDay.get(day) ?? 0) + count);
  }
  return byDay;
}
