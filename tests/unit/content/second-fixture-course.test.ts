import { describe, expect, it } from "vitest";
import { isClaimed } from "@/lib/content/claims";
import { correctedFields, disputedFields } from "@/lib/content/disputes";
import { formatIssues } from "@/lib/content/issues";
import { checkCourse } from "@/lib/content/load-course";
import type { Course, CourseRecord, DateValue, FactRecord } from "@/lib/content/types";

/** A second invented course, in another field: a river town's bridges, worded record by record. */
const DIR = "tests/fixtures/kessford-bridges";

function load(): Course {
  const result = checkCourse(DIR); // quotes included
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.course;
}

/** The fact record with this id (not a source). */
function fact(course: Course, id: string): FactRecord {
  const record = course.byId.get(id);
  if (!record || record.kind === "source") throw new Error(`no fact record "${id}"`);
  return record;
}

const facts = (course: Course): FactRecord[] =>
  [...course.byId.values()].filter((r): r is FactRecord => r.kind !== "source");

/** How a record is named in an answer: its name or title. */
function nameOf(record: CourseRecord | undefined): string | null {
  if (!record) return null;
  if ("name" in record) return record.name;
  return "title" in record ? record.title : record.label;
}

/** The ids a property of a record refers to: a list, one id, or a claimed id. */
function refsOf(record: FactRecord, property: string): string[] {
  const value = (record as unknown as Record<string, unknown>)[property];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "string") return [value];
  if (isClaimed(value))
    return value.claims.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
  return [];
}

/** The years a claimed date property of a record could be answered with (none for others). */
function yearsOf(record: FactRecord, property: string): string[] {
  const value = (record as unknown as Record<string, unknown>)[property];
  if (!isClaimed(value)) return [];
  return value.claims.flatMap((c) => {
    const date = c.value as Partial<DateValue>;
    return typeof date.start === "string" ? [date.start.slice(0, 4)] : [];
  });
}

describe("the second fixture course (an invented river town's bridges)", () => {
  const course = load();

  it("loads and validates, quotes included, with every record kind", () => {
    expect(course.id).toBe("kessford-bridges");
    const counts = {
      sources: course.sources.length,
      people: course.people.length,
      places: course.places.length,
      organisations: course.organisations.length,
      projects: course.projects.length,
      documents: course.documents.length,
      events: course.events.length,
      figures: course.figures.length,
    };
    expect(counts).toEqual({
      sources: 2,
      people: 6,
      places: 7,
      organisations: 3,
      projects: 5,
      documents: 3,
      events: 5,
      figures: 4,
    });
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  });

  it("has a background theme that gets a small share of the bank", () => {
    expect(course.themes.find((t) => t.maxShare !== null)).toMatchObject({
      id: "valley",
      maxShare: 0.1,
    });
  });

  it("words every record: a statement on each, a name on each kind the engine cannot name", () => {
    const unworded = facts(course)
      .filter((r) => r.say.statement === null)
      .map((r) => r.id);
    expect(unworded).toEqual([]);
    const unnamed = facts(course)
      .filter((r) => r.kind !== "person" && r.kind !== "place" && r.say.name === null)
      .map((r) => r.id);
    expect(unnamed).toEqual([]);
  });

  it("exercises every kind of authored wording", () => {
    const asks = facts(course).flatMap((r) => Object.values(r.say.ask));
    expect(asks).toContain(false);
    expect(asks.some((a) => a !== false && a.answer === null)).toBe(true);
    expect(fact(course, "kessford-toll-act").say.ask.signatories).toEqual({
      question: "Who signed the Kessford Toll Act for the Bridge Trust?",
      answer: "tobias-wren",
    });
    expect(fact(course, "kessford-tramway").say.ask.route).toMatchObject({
      answer: "brackney",
    });
    const roleAsks = course.people.flatMap((p) => p.roles.map((r) => r.ask));
    expect(roleAsks.filter((a) => typeof a === "string")).toHaveLength(5);
    expect(roleAsks).toContain(false);
    const milestoneAsks = course.projects.flatMap((p) => p.milestones.map((m) => m.ask));
    expect(milestoneAsks.some((a) => typeof a === "string")).toBe(true);
    expect(milestoneAsks).toContain(false);
    expect(
      facts(course)
        .filter((r) => !r.quiz)
        .map((r) => r.id),
    ).toEqual(["river-quenna"]);
  });

  it("says how each value is known: inferred, outside, reported, misprinted, corrected, disputed", () => {
    const bases = facts(course).flatMap((r) =>
      Object.entries(r.basis).map(([path, b]) => `${r.id}.${path}: ${b.kind}`),
    );
    expect(bases).toEqual([
      "kessford-tramway.carries: outside",
      "tolls-abolished.participants: inferred",
      "viaduct-collapse.place: inferred",
    ]);
    const traffic = course.figures.find((f) => f.id === "queens-bridge-traffic-1862");
    expect(traffic?.value.disputed).toBe(true);
    expect(traffic?.value.claims.map((c) => [c.value.amount, c.reportedBy])).toEqual([
      [1150, null],
      [1400, "Reuben Marsh, toll-keeper of the Queen's Bridge"],
    ]);
    const engineer = course.people.find((p) => p.id === "marjory-fell");
    expect(engineer?.variants).toEqual([
      expect.objectContaining({ name: "Margory Fell", misprint: true }),
    ]);
    const disputed = facts(course).flatMap((r) =>
      disputedFields(r).map((f) => `${r.id}.${f.path}`),
    );
    expect(disputed).toEqual(["great-flood.date", "queens-bridge-traffic-1862.value"]);
    const tramway = course.projects.find((p) => p.id === "kessford-tramway");
    expect(tramway && correctedFields(tramway).map((f) => f.path)).toEqual(["milestones.0.date"]);
    expect(tramway?.milestones[0]?.date).toMatchObject({
      disputed: false,
      value: { text: "1899-05" },
    });
    expect(tramway?.milestones[0]?.date.claims[1]?.erratum?.printed).toBe("1989");
  });

  it("gives nothing away: no stem contains its answer, no name the year it is asked for", () => {
    const leaks: string[] = [];
    for (const record of facts(course)) {
      for (const [property, ask] of Object.entries(record.say.ask)) {
        if (ask === false) continue;
        expect(ask.question, `${record.id} › ${property}`).toMatch(/\?$/);
        const answers = ask.answer === null ? refsOf(record, property) : [ask.answer];
        for (const id of answers) {
          const name = nameOf(course.byId.get(id));
          if (name && ask.question.includes(name))
            leaks.push(`${record.id} › ${property}: ${name}`);
        }
        for (const year of yearsOf(record, property)) {
          if (ask.question.includes(year)) leaks.push(`${record.id} › ${property}: ${year}`);
          if (record.say.name?.includes(year)) leaks.push(`${record.id} › say.name: ${year}`);
        }
      }
    }
    for (const person of course.people) {
      for (const role of person.roles) {
        if (typeof role.ask === "string" && role.ask.includes(person.name)) leaks.push(person.id);
      }
    }
    for (const project of course.projects) {
      for (const milestone of project.milestones) {
        const { ask } = milestone;
        const years = milestone.date.claims.map((c) => c.value.start.slice(0, 4));
        if (typeof ask === "string" && years.some((y) => ask.includes(y))) {
          leaks.push(`${project.id} › ${milestone.label}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
