/**
 * Does a text (a source quote, an explanation) state a value? Dates are found however sources
 * write them ("24 May 2005", "May 24, 2005", "24.05.2005", "November 18-19, 1999"), numbers
 * with their separators and scale words ("250,9", "23 thousand", "1.6 million"), names in any
 * of the course's spellings, and descriptions by their significant words.
 */
import { normaliseForQuote } from "@/lib/content/quotes";
import type { DateValue } from "@/lib/content/types";
import { MONTH_NAMES } from "../parse-date";
import type { NameIndex } from "./course-names";
import { namesOf } from "./course-names";
import { containsPhrase, containsStem, normalise, sameStem, significantWords } from "./text-match";

export interface WrittenDate {
  year: number;
  month?: number;
  day?: number;
  /** Last year of a span written "2001–2003". */
  endYear?: number;
}

const MONTH_PATTERN = MONTH_NAMES.join("|");
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) (${MONTH_PATTERN}) (\\d{3,4})$`, "i");
const MONTH_YEAR = new RegExp(`^(${MONTH_PATTERN}) (\\d{3,4})$`, "i");
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN}) (\\d{1,2}),? (\\d{3,4})$`, "i");

function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
}

/** Reads a date as questions write it: "24 May 2005", "May 2005", "2005", "2001–2003". */
export function parseWrittenDate(text: string): WrittenDate | null {
  const t = text.trim();
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) return { day: Number(m[1]), month: monthNumber(m[2] ?? ""), year: Number(m[3]) };
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return { day: Number(m[2]), month: monthNumber(m[1] ?? ""), year: Number(m[3]) };
  m = MONTH_YEAR.exec(t);
  if (m) return { month: monthNumber(m[1] ?? ""), year: Number(m[2]) };
  m = /^(\d{3,4})$/.exec(t);
  if (m) return { year: Number(m[1]) };
  m = /^(\d{3,4})\s*[–—-]\s*(\d{2,4})$/.exec(t);
  if (m) {
    const start = m[1] ?? "";
    const end = m[2] ?? "";
    const endYear = Number(
      end.length < start.length ? start.slice(0, start.length - end.length) + end : end,
    );
    return { year: Number(start), endYear };
  }
  return null;
}

/** A course date as the written dates it may appear as (a span gives its first and last year). */
export function writtenDatesOf(date: DateValue): WrittenDate[] {
  const year = Number(date.start.slice(0, 4));
  const month = Number(date.start.slice(5, 7));
  const day = Number(date.start.slice(8, 10));
  switch (date.precision) {
    case "day":
      return [{ year, month, day }];
    case "month":
      return [{ year, month }];
    case "year":
      return [{ year }];
    default: {
      const endYear = Number(date.end.slice(0, 4));
      return date.openEnded || endYear === year ? [{ year }] : [{ year }, { year: endYear }];
    }
  }
}

function yearPattern(year: number): string {
  return `(?<![\\d.,])${year}(?![\\d])`;
}

/** Whether a text states a date at the precision given, in any usual English or numeric form. */
export function mentionsDate(text: string, date: WrittenDate): boolean {
  const t = normaliseForQuote(text);
  const y = yearPattern(date.year);
  // After "24.05." the year follows a dot, which the plain pattern refuses.
  const numericYear = `${date.year}(?!\\d)`;
  const test = (pattern: string) => new RegExp(pattern, "iu").test(t);
  if (date.endYear !== undefined) return test(y) && test(yearPattern(date.endYear));
  if (date.month === undefined) return test(y);
  const month = MONTH_NAMES[date.month - 1] ?? "";
  const mm = String(date.month).padStart(2, "0");
  const short = month.slice(0, 3);
  const monthWord = `(?:${month}|${short}\\.?)`;
  const days = `\\d{1,2}(?:st|nd|rd|th)?(?:\\s*-\\s*\\d{1,2}(?:st|nd|rd|th)?)?`;
  if (date.day === undefined) {
    return (
      test(`\\b${monthWord}(?:\\s+${days})?,?\\s+(?:of\\s+)?${y}`) ||
      test(`\\b${days}\\s+(?:of\\s+)?${monthWord},?\\s+${y}`) ||
      test(`\\b\\d{1,2}\\.0?${date.month}\\.${numericYear}`) ||
      test(`(?<![\\d.])0?${date.month}[./]${numericYear}`) ||
      test(`(?<![\\d.])${mm}[./]${numericYear}`)
    );
  }
  const d = date.day;
  const dayWord = `0?${d}(?:st|nd|rd|th)?`;
  return (
    test(`\\b${dayWord}(?:\\s*-\\s*\\d{1,2})?\\s+(?:of\\s+)?${monthWord},?\\s+${y}`) ||
    test(`\\b\\d{1,2}\\s*-\\s*${dayWord}\\s+${monthWord},?\\s+${y}`) ||
    test(`\\b${monthWord}\\s+${dayWord}(?:\\s*-\\s*\\d{1,2})?,?\\s+${y}`) ||
    test(`\\b${monthWord}\\s+\\d{1,2}\\s*-\\s*${dayWord},?\\s+${y}`) ||
    test(`(?<![\\d.])0?${d}\\.0?${date.month}\\.${numericYear}`)
  );
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  billion: 1e9,
  billions: 1e9,
  bln: 1e9,
  bn: 1e9,
};

const NUMBER =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:[.,](\d+))?(?:\s*(thousands?|millions?|mln|billions?|bln|bn|k)\b)?/giu;

const UNITS = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen`.split(/\s+/);
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const NUMBER_WORDS = new RegExp(
  `\\b(?:(${TENS.join("|")})(?:[\\s-](${UNITS.slice(1, 10).join("|")}))?|(${UNITS.join("|")}))\\b`,
  "giu",
);

/** Amounts written in words below a hundred: "fifty-four" → 54. */
function numberWordsIn(text: string): number[] {
  const out: number[] = [];
  // "fivefold", "twofold": a number word glued to "fold".
  const spaced = text.replace(/([a-z])fold\b/gi, "$1 fold");
  for (const m of spaced.matchAll(NUMBER_WORDS)) {
    const tens = m[1] ? (TENS.indexOf(m[1].toLowerCase()) + 2) * 10 : 0;
    const unit = m[2] ?? m[3];
    out.push(tens + (unit ? UNITS.indexOf(unit.toLowerCase()) : 0));
  }
  return out;
}

/** Every amount a text writes, with and without its scale word ("1.6 million" → 1.6 and 1,600,000). */
export function numbersIn(text: string): number[] {
  const out: number[] = numberWordsIn(text);
  for (const m of text.matchAll(NUMBER)) {
    const whole = (m[1] ?? "").replace(/,/g, "");
    const value = Number(m[2] === undefined ? whole : `${whole}.${m[2]}`);
    if (!Number.isFinite(value)) continue;
    out.push(value);
    const scale = m[3] ? SCALE[m[3].toLowerCase()] : undefined;
    if (scale) out.push(value * scale);
  }
  return out;
}

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A value that is an amount: a number first, after a qualifier ("more than 23,000 containers"). */
const AMOUNT =
  /^(?:(?:about|around|approximately|nearly|almost|over|under|some|more than|less than|fewer than|up to|at least|at most|~|c\.)\s*)?\d/i;

/** Whether a text writes one of the amounts a value writes. */
function mentionsNumber(text: string, value: string): boolean {
  const wanted = numbersIn(value);
  if (wanted.length === 0) return false;
  const found = numbersIn(text);
  return wanted.some((w) => found.some((f) => sameAmount(w, f)));
}

export interface MentionOptions {
  /** Accept a one-word name's stem ("Islander" for "Island") and a person's surname alone. */
  loose?: boolean;
  /** Accept a description when all its significant words occur (for "poet and philosopher of the isles"). */
  words?: boolean;
  /** Records whose other names do not count: a question about a name must find that very name. */
  exceptRecords?: ReadonlySet<string>;
  /** Names (normalised) that do not count: a record's misprints, to see whether only they match. */
  exceptNames?: ReadonlySet<string>;
}

/** Initials written before a surname in a text ("D. Akhmetov" → "d"), one per occurrence. */
function initialsBefore(text: string, surname: string): (string | null)[] {
  const words = normalise(text).split(" ");
  const out: (string | null)[] = [];
  words.forEach((w, i) => {
    if (w !== surname) return;
    const before = words[i - 1] ?? "";
    out.push(before.length === 1 ? before : null);
  });
  return out;
}

/**
 * Whether a text names a person by surname: with one of their initials ("J. Crane" for Josiah
 * Crane) or bare; never with another initial ("T. Crane" is not Josiah Crane).
 */
function namesBySurname(text: string, names: readonly string[]): boolean {
  const initials = new Set(names.map((n) => normalise(n).charAt(0)));
  for (const name of names) {
    const words = normalise(name).split(" ");
    const surname = words.at(-1) ?? "";
    if (surname.length < 4 || words.length < 2) continue;
    if (initialsBefore(text, surname).some((i) => i === null || initials.has(i))) return true;
  }
  return false;
}

/**
 * Whether `text` states `value`: the value itself, or the same date, amount, or record under another
 * of its names.
 */
export function mentionsValue(
  text: string,
  value: string,
  names: NameIndex,
  options: MentionOptions = {},
): boolean {
  if (normalise(value).length === 0) return false;
  const counts = (name: string) =>
    !options.exceptNames?.has(normalise(name)) && containsPhrase(text, name);
  if (counts(value)) return true;
  const date = parseWrittenDate(value);
  if (date && mentionsDate(text, date)) return true;
  if (date && (date.month !== undefined || date.endYear !== undefined)) return false;
  // An amount with its unit ("about 1,200 licences", "250.9 million USD"), not a name that has a
  // number in it ("Final Protocol of the 16th meeting").
  if (AMOUNT.test(value.trim()) && mentionsNumber(text, value)) return true;
  for (const record of names.recordsNamed(value)) {
    if (options.exceptRecords?.has(record.id)) continue;
    const own = namesOf(record).filter((n) => !options.exceptNames?.has(normalise(n)));
    for (const name of own) {
      if (counts(name)) return true;
      if (options.loose && containsStem(text, name)) return true;
    }
    if (options.loose && record.kind === "person" && namesBySurname(text, own)) return true;
  }
  if (options.loose && containsStem(text, value)) return true;
  if (options.words) {
    const wanted = significantWords(value);
    const have = normalise(text).split(" ");
    if (
      wanted.length > 0 &&
      wanted.every((w) => have.some((h) => h === w || (options.loose && sameStem(h, w))))
    ) {
      return true;
    }
  }
  return false;
}

/** A written date as questions write it: "24 May 2005", "May 2005", "2005". */
export function formatWrittenDate(date: WrittenDate): string {
  const month = date.month === undefined ? "" : `${MONTH_NAMES[date.month - 1] ?? ""} `;
  const day = date.day === undefined ? "" : `${date.day} `;
  return `${day}${month}${date.year}`;
}
