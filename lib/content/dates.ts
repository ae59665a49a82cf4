/**
 * Author-friendly date syntax with explicit precision.
 *
 * - `"1992"` year, `"1992-08"` month, `"1992-08-30"` day;
 * - `"2006-06/2006-08"` a range between two of the above (start ≤ end);
 * - `"~2015/2019"` or `"~2008"` an approximate span (the source says "the late 2010s", "around 2008");
 * - `"1998/.."` an open-ended range ("since 1998"): `end` is `OPEN_END`, `openEnded` is true.
 *
 * A value never gains precision it was not written with: `"1992"` stays a year.
 */

export type DatePrecision = "day" | "month" | "year" | "range" | "approximate";

export interface DateValue {
  precision: DatePrecision;
  /** First day covered, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day covered, ISO `YYYY-MM-DD` (equal to `start` for a day). */
  end: string;
  /** The text as the author wrote it, e.g. `"1992-08"`. */
  text: string;
  /** Optional words for the span, e.g. "the late 2010s", "winter of 2016". */
  label: string | null;
  /** True for "since …" ranges written `"1998/.."`; then `end` is `OPEN_END`. */
  openEnded: boolean;
}

/** The `end` of an open-ended range. */
export const OPEN_END = "9999-12-31";

export type DateParseResult = { ok: true; value: DateValue } | { ok: false; message: string };

type Point = { precision: "day" | "month" | "year"; start: string; end: string };

const POINT = /^(\d{3,4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const SYNTAX_HINT =
  'expected a date like "1992", "1992-08", "1992-08-30", a range "2006-06/2006-08" or an approximate span "~2015/2019"';

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function parsePoint(text: string): Point | string {
  const match = POINT.exec(text);
  if (!match) return `"${text}" is not a date: ${SYNTAX_HINT}`;
  const year = Number(match[1]);
  const y = pad(year, 4);
  if (match[2] === undefined) {
    return { precision: "year", start: `${y}-01-01`, end: `${y}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `"${text}" has month ${match[2]}: expected 01 to 12`;
  const m = pad(month, 2);
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { precision: "month", start: `${y}-${m}-01`, end: `${y}-${m}-${pad(last, 2)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last) {
    return `"${text}" is not a real day: ${y}-${m} has days 01 to ${pad(last, 2)}`;
  }
  const iso = `${y}-${m}-${pad(day, 2)}`;
  return { precision: "day", start: iso, end: iso };
}

/** Parses the date syntax above; `label` is carried through unchanged. */
export function parseDate(text: string, label: string | null = null): DateParseResult {
  const trimmed = text.trim();
  const approximate = trimmed.startsWith("~");
  const body = approximate ? trimmed.slice(1).trim() : trimmed;
  const parts = body.split("/");
  if (parts.length > 2 || body === "") return { ok: false, message: SYNTAX_HINT };
  const first = parsePoint(parts[0]?.trim() ?? "");
  if (typeof first === "string") return { ok: false, message: first };
  if (parts.length === 1) {
    return {
      ok: true,
      value: {
        precision: approximate ? "approximate" : first.precision,
        start: first.start,
        end: first.end,
        text: trimmed,
        label,
        openEnded: false,
      },
    };
  }
  if (parts[1]?.trim() === "..") {
    return {
      ok: true,
      value: {
        precision: approximate ? "approximate" : "range",
        start: first.start,
        end: OPEN_END,
        text: trimmed,
        label,
        openEnded: true,
      },
    };
  }
  const second = parsePoint(parts[1]?.trim() ?? "");
  if (typeof second === "string") return { ok: false, message: second };
  if (second.end < first.start) {
    return { ok: false, message: `"${trimmed}" ends before it starts` };
  }
  return {
    ok: true,
    value: {
      precision: approximate ? "approximate" : "range",
      start: first.start,
      end: second.end,
      text: trimmed,
      label,
      openEnded: false,
    },
  };
}

/** Two dates are compatible when the spans they cover overlap ("1992" and "1992-08-30"). */
export function datesOverlap(a: DateValue, b: DateValue): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Number of days a date covers, inclusive (used to pick the most precise of agreeing claims). */
export function dateSpanDays(d: DateValue): number {
  const ms = Date.parse(`${d.end}T00:00:00Z`) - Date.parse(`${d.start}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}
