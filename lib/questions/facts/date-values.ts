import type { DateValue } from "@/lib/content/types";
import { type CalendarDate, dayNumber, formatCalendarDate, MONTH_NAMES } from "../parse-date";

/** An inclusive span of day numbers (see `dayNumber`). */
export interface DaySpan {
  start: number;
  end: number;
}

function isoToCalendar(iso: string): Required<CalendarDate> {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

export function spanOf(date: DateValue): DaySpan {
  return { start: dayNumber(isoToCalendar(date.start)), end: dayNumber(isoToCalendar(date.end)) };
}

export function spanOfCalendar(date: CalendarDate): DaySpan {
  if (date.month === undefined) {
    return {
      start: dayNumber({ year: date.year, month: 1, day: 1 }),
      end: dayNumber({ year: date.year, month: 12, day: 31 }),
    };
  }
  if (date.day === undefined) {
    const next =
      date.month === 12
        ? { year: date.year + 1, month: 1, day: 1 }
        : { ...date, month: date.month + 1, day: 1 };
    return { start: dayNumber({ ...date, day: 1 }), end: dayNumber(next) - 1 };
  }
  const n = dayNumber(date);
  return { start: n, end: n };
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The finest calendar date a question may ask for this value, or null when it may not be asked:
 * a day, month or year as given; a range inside one month is asked to the month, inside one year
 * to the year; an approximate span is never asked.
 */
export function askableDate(date: DateValue): CalendarDate | null {
  const start = isoToCalendar(date.start);
  const end = isoToCalendar(date.end);
  switch (date.precision) {
    case "day":
      return start;
    case "month":
      return { year: start.year, month: start.month };
    case "year":
      return { year: start.year };
    case "range":
      if (start.year !== end.year) return null;
      if (start.month === end.month) return { year: start.year, month: start.month };
      return { year: start.year };
    case "approximate":
      return null;
  }
}

/** How the date reads: "24 May 2005", "10–11 June 1997", "June–August 2006", "since 1998". */
export function formatDateValue(date: DateValue): string {
  const start = isoToCalendar(date.start);
  const end = isoToCalendar(date.end);
  if (date.openEnded) {
    // "1998/..": as precise as its start was written.
    const written = date.text.split("/")[0]?.trim() ?? "";
    const startText =
      written.length >= 10
        ? formatCalendarDate(start)
        : written.length >= 7
          ? formatCalendarDate({ year: start.year, month: start.month })
          : String(start.year);
    return date.label ?? `since ${startText}`;
  }
  switch (date.precision) {
    case "day":
      return formatCalendarDate(start);
    case "month":
      return formatCalendarDate({ year: start.year, month: start.month });
    case "year":
      return String(start.year);
    case "range": {
      const startMonth = MONTH_NAMES[start.month - 1] ?? "";
      const endMonth = MONTH_NAMES[end.month - 1] ?? "";
      const dayPrecise = date.text.split("/").every((p) => p.trim().length >= 10);
      const monthPrecise = date.text.split("/").every((p) => p.trim().length >= 7);
      if (start.year === end.year && dayPrecise && start.month === end.month) {
        return `${start.day}–${end.day} ${endMonth} ${end.year}`;
      }
      if (start.year === end.year && dayPrecise) {
        return `${start.day} ${startMonth} – ${end.day} ${endMonth} ${end.year}`;
      }
      if (start.year === end.year && monthPrecise) return `${startMonth}–${endMonth} ${end.year}`;
      if (dayPrecise) return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
      if (monthPrecise) {
        return `${formatCalendarDate({ year: start.year, month: start.month })} – ${formatCalendarDate({ year: end.year, month: end.month })}`;
      }
      return `${start.year}–${end.year}`;
    }
    case "approximate":
      return (
        date.label ??
        (start.year === end.year ? `around ${start.year}` : `around ${start.year}–${end.year}`)
      );
  }
}

/** "on 24 May 2005", "in May 2005", "in 2005", "in 1991–2005". */
export function datePhrase(text: string, date: CalendarDate | null): string {
  return date?.day !== undefined ? `on ${text}` : `in ${text}`;
}

/** The decade label of a year, e.g. 1997 → "1990s". */
export function decadeOf(year: number): string {
  return `${Math.floor(year / 10) * 10}s`;
}

export function yearOfIso(iso: string): number {
  return Number(iso.slice(0, 4));
}
