/** A calendar date known to the year, the month or the day. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValid(date: CalendarDate): boolean {
  if (!Number.isInteger(date.year) || date.year < 1 || date.year > 9999) return false;
  if (date.month === undefined) return date.day === undefined;
  if (date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  return date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

function toNumber(token: string): number | null {
  return /^\d+$/.test(token) ? Number(token) : null;
}

/**
 * Reads a date the way people type it: "1992", "August 1992", "30 August 1992", "August 30, 1992",
 * "30th of Aug 1992", "1992-08-30", "30.08.1992", "30/08/1992". Purely numeric day-month forms are
 * ambiguous, so both readings (day first, then month first) are returned when both are valid.
 */
export function parseDateAnswer(input: string): CalendarDate[] {
  const text = input
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .replace(/\bof\b/g, " ")
    .replace(/[,]/g, " ")
    .trim();
  const candidates: CalendarDate[] = [];
  const iso = text.match(/^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/);
  if (iso) {
    candidates.push({
      year: Number(iso[1]),
      month: Number(iso[2]),
      ...(iso[3] ? { day: Number(iso[3]) } : {}),
    });
  }
  const numeric = text.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[2]);
    const year = Number(numeric[3]);
    candidates.push({ year, month: second, day: first });
    if (first !== second) candidates.push({ year, month: first, day: second });
  }
  const monthYear = text.match(/^(\d{1,2})[-/.](\d{4})$/);
  if (monthYear) candidates.push({ year: Number(monthYear[2]), month: Number(monthYear[1]) });
  if (candidates.length === 0) {
    const tokens = text.split(/[\s.\-/]+/).filter((t) => t.length > 0);
    const words = tokens.filter((t) => toNumber(t) === null);
    const numbers = tokens.map(toNumber).filter((n): n is number => n !== null);
    const monthWords = words.filter((w) => MONTHS[w] !== undefined);
    const otherWords = words.filter((w) => MONTHS[w] === undefined && w !== "year" && w !== "in");
    if (otherWords.length === 0 && monthWords.length <= 1 && numbers.length <= 2) {
      const years = numbers.filter((n) => n >= 100);
      const small = numbers.filter((n) => n < 100);
      const month = monthWords[0] === undefined ? undefined : MONTHS[monthWords[0]];
      if (years.length === 1 && years[0] !== undefined) {
        const year = years[0];
        if (month === undefined && small.length === 0) candidates.push({ year });
        else if (month !== undefined && small.length === 0) candidates.push({ year, month });
        else if (month !== undefined && small.length === 1) {
          candidates.push({ year, month, day: small[0] as number });
        }
      }
    }
  }
  return candidates.filter(isValid);
}

/** "30 August 1992", "August 1992" or "1992". */
export function formatCalendarDate(date: CalendarDate): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTH_NAMES[date.month - 1] ?? String(date.month);
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** Days since 0001-01-01 (for ordering and distances); missing parts count as the first. */
export function dayNumber(date: CalendarDate): number {
  const y = date.year;
  const m = date.month ?? 1;
  const d = date.day ?? 1;
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}
