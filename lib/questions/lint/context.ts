/** What every rule may consult about the course, computed once per `lintBank` call. */
import type { Claimed, Course, DateValue, FactRecord } from "@/lib/content/types";
import { buildNameIndex, type NameIndex } from "./course-names";
import { type FactValues, factValues } from "./fact-values";
import { normalise, significantWords } from "./text-match";

export interface LintContext {
  course: Course;
  names: NameIndex;
  /** Significant words of the course title ("relations", "1991"…): an answer that is one gives itself away. */
  titleWords: readonly string[];
  /** Normalised words the author wrote as labels, not names: event titles, milestone and figure labels. */
  labels: ReadonlySet<string>;
  /** What the course says is true for a fact id (memoised). */
  factValues(factId: string): FactValues;
  /** The year a record belongs to (its date, a person's first dated role or event), or null. */
  eraOf(record: FactRecord): number | null;
  /** Fact records one of whose names occurs in a text. */
  recordsIn(text: string): FactRecord[];
}

function firstYear(claimed: Claimed<DateValue> | null): number | null {
  const date = claimed?.value ?? claimed?.claims[0]?.value;
  return date ? Number(date.start.slice(0, 4)) : null;
}

function minYear(years: readonly (number | null)[]): number | null {
  const known = years.filter((y): y is number => y !== null);
  return known.length > 0 ? Math.min(...known) : null;
}

export function buildLintContext(course: Course): LintContext {
  const names = buildNameIndex(course);
  const facts = new Map<string, FactValues>();
  const eventYearsOfPerson = new Map<string, number[]>();
  for (const event of course.events) {
    const year = firstYear(event.date);
    if (year === null) continue;
    for (const id of event.participants) {
      eventYearsOfPerson.set(id, [...(eventYearsOfPerson.get(id) ?? []), year]);
    }
  }
  const labels = new Set<string>();
  for (const event of course.events) labels.add(normalise(event.title));
  for (const figure of course.figures) labels.add(normalise(figure.label));
  for (const project of course.projects) {
    for (const m of project.milestones) labels.add(normalise(m.label));
  }
  for (const person of course.people) for (const r of person.roles) labels.add(normalise(r.title));

  const eras = new Map<string, number | null>();
  const eraOf = (record: FactRecord): number | null => {
    const known = eras.get(record.id);
    if (known !== undefined) return known;
    let era: number | null = null;
    switch (record.kind) {
      case "event":
        era = firstYear(record.date);
        break;
      case "document":
        era = firstYear(record.date);
        break;
      case "organisation":
        era = firstYear(record.founded);
        break;
      case "project":
        era = minYear(record.milestones.map((m) => firstYear(m.date)));
        break;
      case "figure":
        era = record.period ? Number(record.period.start.slice(0, 4)) : null;
        break;
      case "person":
        era =
          minYear(
            record.roles.map((r) => (r.period ? Number(r.period.start.slice(0, 4)) : null)),
          ) ?? minYear(eventYearsOfPerson.get(record.id) ?? []);
        break;
      default:
        era = null;
    }
    eras.set(record.id, era);
    return era;
  };

  return {
    course,
    names,
    titleWords: significantWords(course.title),
    labels,
    factValues: (factId) => {
      let values = facts.get(factId);
      if (!values) {
        values = factValues(course, factId);
        facts.set(factId, values);
      }
      return values;
    },
    eraOf,
    recordsIn: (text) => {
      const key = ` ${normalise(text)} `;
      return names.entries
        .filter(({ names: own }) => own.some((n) => n.length > 1 && key.includes(` ${n} `)))
        .map(({ record }) => record);
    },
  };
}
