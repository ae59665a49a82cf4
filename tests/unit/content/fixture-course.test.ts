import { describe, expect, it } from "vitest";
import { courseToJson } from "@/lib/content/course-to-json";
import { correctedFields, disputedFields } from "@/lib/content/disputes";
import { loadCourse } from "@/lib/content/load-course";
import { FIXTURE_DIR, parseOk, readFixture } from "./fixture-files";

describe("the fixture course (an invented island federation)", () => {
  const course = loadCourse(FIXTURE_DIR);

  it("loads every record kind from its own folder and seed texts", () => {
    expect(course.id).toBe("saltmere-isles");
    expect(course.themes.map((t) => t.id)).toEqual(["politics", "transport", "society"]);
    expect(
      [
        course.sources,
        course.people,
        course.places,
        course.organisations,
        course.projects,
        course.documents,
        course.events,
        course.figures,
      ].map((list) => list.length),
    ).toEqual([2, 2, 6, 3, 3, 2, 3, 3]);
    expect(course.byId.size).toBe(24);
  });

  it("sorts each kind by id whatever the file layout", () => {
    expect(course.places.map((p) => p.id)).toEqual([
      "brine",
      "dunmarrow",
      "hallowmere",
      "kell",
      "osk",
      "saltmere-isles",
    ]);
  });

  it("derives a disputed date from sources that disagree", () => {
    const event = course.events.find((e) => e.id === "federation-proclaimed");
    expect(event?.date.disputed).toBe(true);
    expect(event?.date.value).toBeNull();
    expect(event?.date.claims.map((c) => [c.value.text, c.sources[0]?.source.id])).toEqual([
      ["1921-03-14", "chronicle"],
      ["1921-03-12", "gazette"],
    ]);
    expect(event && disputedFields(event).map((f) => f.path)).toEqual(["date"]);
  });

  it("derives a disputed figure and leaves single-source figures undisputed", () => {
    const population = course.figures.find((f) => f.id === "population-1950");
    expect(population?.value.disputed).toBe(true);
    expect(population?.value.claims.map((c) => c.value.amount)).toEqual([48200, 47900]);
    const licences = course.figures.find((f) => f.id === "fishing-licences-2020");
    expect(licences?.value).toMatchObject({
      disputed: false,
      value: { amount: 1200, maxAmount: null, qualifier: "about" },
    });
  });

  it("keeps the corrected value of an erratum with what was printed and why", () => {
    const road = course.projects.find((p) => p.id === "kelp-road");
    const opened = road?.milestones[0]?.date;
    expect(opened?.value?.text).toBe("1934-08");
    expect(opened?.claims[0]?.erratum?.printed).toBe("August 1393");
    expect(road && correctedFields(road).map((f) => f.path)).toEqual(["milestones.0.date"]);
  });

  it("normalises names, roles, routes and resolved sources", () => {
    const speaker = course.people.find((p) => p.id === "tamsin-oakhart");
    expect(speaker?.names).toEqual(["Tamsin Oakhart", "Tamsyn Oakheart"]);
    expect(speaker?.roles[0]).toMatchObject({
      title: "Speaker of the Federal Assembly",
      country: "saltmere-isles",
      organisation: "federal-assembly",
      period: { precision: "range", start: "1921-01-01", end: "1930-12-31" },
    });
    const capital = course.places.find((p) => p.id === "hallowmere");
    expect(capital?.names.map((n) => [n.name, n.period?.text ?? null])).toEqual([
      ["Hallowmere", "1958/.."],
      ["Port Hallow", null],
    ]);
    const ferry = course.projects.find((p) => p.id === "island-ferry");
    expect(ferry?.endpoints).toEqual(["brine", "osk"]);
    expect(course.documents[0]?.sources[0]?.source.seedFile).toBe("chronicle.txt");
    expect(course.byId.get("northern-sea-compact")?.kind).toBe("organisation");
  });

  it("exports the same JSON whatever the order of the files", () => {
    const fixture = readFixture();
    const reversed = { ...fixture, files: [...fixture.files].reverse() };
    const a = JSON.stringify(courseToJson(parseOk(fixture)));
    const b = JSON.stringify(courseToJson(parseOk(reversed)));
    expect(a).toBe(b);
    expect(JSON.parse(a).counts).toMatchObject({ places: 6, figures: 3 });
  });
});
