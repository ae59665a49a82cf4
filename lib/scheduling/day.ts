import { SchedulingValidationError } from "./errors";

/** Where a study day begins: the user's IANA time zone and the local hour at which "today" rolls over. */
export interface StudyDayOptions {
  timeZone: string;
  /** Local hour (0–23) at which a new study day starts; 4 means 04:00 local time. */
  rolloverHour: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new SchedulingValidationError("INVALID_TIME_ZONE", `Unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of `timeZone` from UTC at `instant`, in ms (local = UTC + offset). */
function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the local wall-clock time (y-m-d h:00) occurs in `timeZone`.
 * An hour repeated by DST (fall back) gives its first occurrence; an hour skipped
 * (spring forward) gives the first instant after the gap.
 */
function zonedHourToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  const offsetBefore = offsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = offsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter].sort((a, b) => a - b);
  for (const candidate of candidates) {
    const w = wallClock(new Date(candidate), timeZone);
    if (w.day === day && w.hour === hour) return new Date(candidate);
  }
  return new Date(wall - offsetBefore);
}

/** The calendar date (in `timeZone`) of the study day that contains `now`. */
function studyDate(now: Date, { timeZone, rolloverHour }: StudyDayOptions) {
  const w = wallClock(now, timeZone);
  const date = new Date(Date.UTC(w.year, w.month - 1, w.day));
  if (w.hour < rolloverHour) date.setUTCDate(date.getUTCDate() - 1);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The first instant of the study day containing `now` (local `rolloverHour`:00 in `timeZone`). */
export function startOfStudyDay(now: Date, options: StudyDayOptions): Date {
  const { year, month, day } = studyDate(now, options);
  return zonedHourToInstant(year, month, day, options.rolloverHour, options.timeZone);
}

/** The first instant of the study day after the one containing `now`. */
export function startOfNextStudyDay(now: Date, options: StudyDayOptions): Date {
  const { year, month, day } = studyDate(now, options);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return zonedHourToInstant(
    next.getUTCFullYear(),
    next.getUTCMonth() + 1,
    next.getUTCDate(),
    options.rolloverHour,
    options.timeZone,
  );
}

/** A stable key for the study day containing `now`, e.g. "2026-01-05" (for grouping counts per day). */
export function studyDayKey(now: Date, options: StudyDayOptions): string {
  const { year, month, day } = studyDate(now, options);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
