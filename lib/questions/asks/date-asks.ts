import type { DateValue } from "@/lib/content/types";
import {
  askableDate,
  type DaySpan,
  spanOf,
  spanOfCalendar,
  spansOverlap,
} from "../facts/date-values";
import type { DateFact } from "../facts/fact";
import { hashToUint32 } from "../hash";
import {
  type CalendarDate,
  dayNumber,
  daysInMonth,
  formatCalendarDate,
  parseDateAnswer,
} from "../parse-date";
import { type Rng, sample } from "../random";
import type { Ask, DistractorPick } from "./ask";
import { groupClaims, printedValues } from "./claim-groups";

type Precision = "year" | "month" | "day";

function isValid(date: CalendarDate): boolean {
  if (date.year < 1) return false;
  if (date.month === undefined) return true;
  if (date.month < 1 || date.month > 12) return false;
  return (
    date.day === undefined || (date.day >= 1 && date.day <= daysInMonth(date.year, date.month))
  );
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + ((date.month ?? 1) - 1) + months;
  return { ...date, year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const target = dayNumber(date) + days;
  // Walk from the first of the month; |days| is small.
  let d: CalendarDate = { ...date };
  let n = dayNumber(d);
  while (n < target) {
    const last = daysInMonth(d.year, d.month ?? 1);
    d = (d.day ?? 1) < last ? { ...d, day: (d.day ?? 1) + 1 } : { ...addMonths(d, 1), day: 1 };
    n++;
  }
  while (n > target) {
    d =
      (d.day ?? 1) > 1
        ? { ...d, day: (d.day ?? 1) - 1 }
        : (() => {
            const prev = addMonths(d, -1);
            return { ...prev, day: daysInMonth(prev.year, prev.month ?? 1) };
          })();
    n--;
  }
  return d;
}

/** Candidate dates near the answer at the same precision, nearest first. */
function nearCandidates(answer: CalendarDate, precision: Precision): CalendarDate[] {
  const out: CalendarDate[] = [];
  if (precision === "year") {
    for (let k = 1; k <= 8; k++) out.push({ year: answer.year + k }, { year: answer.year - k });
  } else if (precision === "month") {
    for (const m of [1, -1, 2, -2, 12, -12, 3, -3, 4, -4]) out.push(addMonths(answer, m));
  } else {
    for (const d of [1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10]) out.push(addDays(answer, d));
    for (const m of [1, -1, 2, -2]) out.push(addMonths(answer, m));
    for (const y of [12, -12]) out.push(addMonths(answer, y));
  }
  return out.filter(isValid);
}

/**
 * A candidate is never a distractor when some claim at least as precise lies inside it (or it
 * inside an equally precise claim): it could be true under that source.
 */
function makeForbidden(fact: DateFact): (candidate: CalendarDate) => boolean {
  const spans: DaySpan[] = fact.claims.map((c) => spanOf(c.value));
  for (const printed of printedValues(fact.claims)) {
    for (const reading of parseDateAnswer(printed)) spans.push(spanOfCalendar(reading));
    const year = printed.match(/\b\d{3,4}\b/)?.[0];
    if (year) spans.push(spanOfCalendar({ year: Number(year) }));
  }
  return (candidate) => {
    const span = spanOfCalendar(candidate);
    const length = span.end - span.start;
    return spans.some((s) => spansOverlap(s, span) && s.end - s.start <= length);
  };
}

function distanceInDays(a: CalendarDate, b: CalendarDate): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

function pickDates(
  answer: CalendarDate,
  precision: Precision,
  forbidden: (c: CalendarDate) => boolean,
  rng: Rng,
  count: number,
): DistractorPick {
  const allowed = nearCandidates(answer, precision).filter((c) => !forbidden(c));
  const seen = new Set<string>();
  const unique = allowed.filter((c) => {
    const key = formatCalendarDate(c);
    if (seen.has(key) || key === formatCalendarDate(answer)) return false;
    seen.add(key);
    return true;
  });
  // The answer's rank among the options is drawn uniformly, so it is not always the middle one.
  const target = dayNumber(answer);
  const earlier = unique.filter((c) => dayNumber(c) < target);
  const later = unique.filter((c) => dayNumber(c) > target);
  const wantEarlier = rng.int(count + 1);
  const takeEarlier = Math.min(earlier.length, Math.max(wantEarlier, count - later.length));
  const chosen = [
    ...sample(earlier.slice(0, takeEarlier + 1), takeEarlier, rng),
    ...sample(later.slice(0, count - takeEarlier + 1), count - takeEarlier, rng),
  ];
  const unit = precision === "year" ? 365 : precision === "month" ? 30 : 1;
  const closeness =
    chosen.length === 0
      ? 0
      : chosen.reduce((s, c) => s + 1 / Math.max(1, distanceInDays(answer, c) / unit), 0) /
        chosen.length;
  return { texts: chosen.map(formatCalendarDate), closeness };
}

/**
 * Asks for a date fact: its year. When the sources agree on the year (even if not on the day),
 * one unattributed ask; when they disagree on the year, one attributed ask per claim group. A
 * date that is not a year, a month or a day ("around 2015–2019") is not asked.
 */
export function dateAsks(fact: DateFact): Ask[] {
  const term = yearSpanAsk(fact);
  if (term) return [term];
  const forbidden = makeForbidden(fact);
  const years = fact.claims.map((c) => askableDate(c.value)?.year ?? null);
  if (years.some((y) => y === null)) {
    // Some claim is vague: only the claims that agree with each other and are askable count.
    if (fact.disputed || years.every((y) => y === null)) return [];
  }
  const known = years.filter((y): y is number => y !== null);
  const allSources = fact.claims.flatMap((c) => c.sources);
  if (known.every((y) => y === known[0])) {
    return [makeYearAsk(fact, known[0] as number, null, allSources, forbidden)];
  }
  return groupClaims(fact.claims, (v) => String(askableDate(v)?.year), true).flatMap((group) => {
    const year = askableDate(group.value)?.year;
    return year === undefined
      ? []
      : [makeYearAsk(fact, year, group.attribution, group.sources, forbidden)];
  });
}

/** Years of a closed span of whole years ("2012/2013"), or null. */
function yearSpan(value: DateValue): { from: number; to: number } | null {
  if (value.precision !== "range" || value.openEnded) return null;
  const [from, to] = [Number(value.start.slice(0, 4)), Number(value.end.slice(0, 4))];
  const wholeYears = value.start.endsWith("-01-01") && value.end.endsWith("-12-31");
  return wholeYears && from < to && to - from <= MAX_TERM_YEARS ? { from, to } : null;
}

/** A term of office or of membership is asked as its years, among terms of the same length. */
const MAX_TERM_YEARS = 6;

/** "2012–2013" for a fact every source dates to the same span of whole years; null otherwise. */
function yearSpanAsk(fact: DateFact): Ask | null {
  const spans = fact.claims.map((c) => yearSpan(c.value));
  const first = spans[0];
  if (!first || spans.some((s) => !s || s.from !== first.from || s.to !== first.to)) return null;
  const text = (from: number) => `${from}–${from + first.to - first.from}`;
  const answer = text(first.from);
  const shifts = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5].map(
    (k) => first.from + k * (first.to - first.from + 1),
  );
  return {
    fact,
    mode: "span",
    question: fact.question,
    answer,
    answerPhrase: `in ${answer}`,
    answerKey: answer,
    surfaces: [answer, `${first.from}-${first.to}`, `${first.from} and ${first.to}`],
    attribution: null,
    sources: fact.claims.flatMap((c) => c.sources),
    distractors(rng: Rng, count: number) {
      // Terms just before and after, never overlapping the true one.
      const near = shifts.slice(0, count + 3);
      return { texts: sample(near, count, rng).map(text), closeness: 0.6 };
    },
    alternative: () => null,
    statement: fact.statement,
    typed: null,
    cloze: null,
  };
}

function makeYearAsk(
  fact: DateFact,
  year: number,
  attribution: string | null,
  sources: Ask["sources"],
  forbidden: (c: CalendarDate) => boolean,
): Ask {
  const answerDate: CalendarDate = { year };
  const answer = String(year);
  const distractors = (rng: Rng, count: number) =>
    pickDates(answerDate, "year", forbidden, rng, count);
  return {
    fact,
    mode: "year",
    question: fact.question,
    answer,
    answerPhrase: `in ${answer}`,
    answerKey: answer,
    surfaces: [answer],
    attribution,
    sources,
    distractors,
    alternative() {
      const shifts = [1, -1, 2, -2, 3, -3]
        .map((k) => ({ year: year + k }))
        .filter((c) => isValid(c) && !forbidden(c));
      if (shifts.length === 0) return null;
      const pick = shifts[hashToUint32(`${fact.id}|year`) % shifts.length] as CalendarDate;
      return `in ${pick.year}`;
    },
    statement: fact.statement,
    typed: {
      question: fact.question,
      answer,
      accept: [],
      check: { answerKind: "year", date: answerDate, confusables: [] },
    },
    cloze: { surfaces: [answer], answer, distractors },
  };
}
