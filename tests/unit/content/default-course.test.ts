import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { disputedFields } from "@/lib/content/disputes";
import { loadCourse } from "@/lib/content/load-course";
import { prepareSourceText, quoteOccursIn } from "@/lib/content/quotes";
import type { Claimed, Course, CourseRecord, SourceRef } from "@/lib/content/types";

const COURSE_DIR = "content/azerbaijan-kazakhstan";
const manifest = parseYaml(readFileSync(join(COURSE_DIR, "course.yaml"), "utf8")) as {
  sourceFolder: string;
};
/** The source texts are part of the course: they live inside its folder, as course.yaml says. */
const SEEDS_DIR = resolve(COURSE_DIR, manifest.sourceFolder);
const SEEDS_MISSING = `the source texts are not at ${SEEDS_DIR}: the course folder must carry them`;

/** The course without the quote check, so the tests below can check quotes themselves. */
const course: Course = loadCourse(COURSE_DIR, { verifyQuotes: false });

function isSourceRef(value: unknown): value is SourceRef {
  return (
    typeof value === "object" &&
    value !== null &&
    "quote" in value &&
    "source" in value &&
    typeof (value as SourceRef).source === "object"
  );
}

/** Every `{ source, quote }` anywhere in a record: its own, its claims', its roles' and names'. */
function citations(record: CourseRecord): SourceRef[] {
  const found: SourceRef[] = [];
  const visit = (value: unknown): void => {
    if (isSourceRef(value)) found.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(visit);
  };
  visit(record);
  return found;
}

function record(id: string): CourseRecord {
  const found = course.byId.get(id);
  if (!found) throw new Error(`no record "${id}" in the default course`);
  return found;
}

function field(id: string, path: string): Claimed<unknown> {
  const match = disputedFields(record(id)).find((f) => f.path === path);
  if (!match) throw new Error(`${id} › ${path} is not a disputed field`);
  return match.claimed;
}

describe("the default course's quotes", () => {
  it("carries its source texts inside its own folder, so a bare clone can check every quote", () => {
    const inside = relative(resolve(COURSE_DIR), SEEDS_DIR);
    expect(inside === "" || inside.startsWith("..") || isAbsolute(inside), SEEDS_MISSING).toBe(
      false,
    );
    expect(existsSync(SEEDS_DIR), SEEDS_MISSING).toBe(true);
    for (const { seedFile } of course.sources) {
      expect(existsSync(join(SEEDS_DIR, seedFile)), `${seedFile} is missing`).toBe(true);
    }
  });

  it("cites every quote verbatim (whitespace aside) from its seed file", () => {
    expect(existsSync(SEEDS_DIR), SEEDS_MISSING).toBe(true);
    const texts = new Map<string, string>();
    const seedText = (file: string): string => {
      let text = texts.get(file);
      if (text === undefined) {
        text = prepareSourceText(readFileSync(join(SEEDS_DIR, file), "utf8"));
        texts.set(file, text);
      }
      return text;
    };
    const all = [...course.byId.values()].flatMap((r) =>
      citations(r).map((c) => ({ id: r.id, c })),
    );
    const missing = all
      .filter(({ c }) => !quoteOccursIn(c.quote, seedText(c.source.seedFile)))
      .map(({ id, c }) => `${id}: ${c.source.seedFile}: "${c.quote}"`);
    expect(missing).toEqual([]);
    expect(all.length).toBeGreaterThan(600);
    expect(new Set(all.map(({ c }) => c.source.id))).toEqual(
      new Set(["kerchelaev", "kerchelaev-abstract", "ospanova", "ibrahimova", "isabayev"]),
    );
  });

  it("validates as a whole, seed files and quotes included", () => {
    expect(existsSync(SEEDS_DIR), SEEDS_MISSING).toBe(true);
    expect(() => loadCourse(COURSE_DIR)).not.toThrow();
  });
});

describe("the default course's content", () => {
  it("has a few hundred records of every kind", () => {
    expect(course.sources).toHaveLength(5);
    expect(course.byId.size).toBeGreaterThan(300);
    for (const list of [
      course.people,
      course.places,
      course.organisations,
      course.projects,
      course.documents,
      course.events,
      course.figures,
    ]) {
      expect(list.length).toBeGreaterThanOrEqual(20);
    }
  });

  it("marks as disputed each disagreement named in the seeds' README and CONFLICTS.md", () => {
    const relations = field("diplomatic-relations-established", "date");
    expect(relations.claims.map((c) => (c.value as { text: string }).text)).toEqual([
      "1992-08-30",
      "1992-08-27",
      "1992",
    ]);
    const diaspora = field("diaspora-size-estimates", "value");
    expect(diaspora.claims.map((c) => (c.value as { amount: number }).amount)).toEqual([
      300000, 300000, 130000,
    ]);
    const documents = field("bilateral-documents-total", "value");
    expect(documents.claims.map((c) => (c.value as { amount: number }).amount)).toEqual([
      100, 119, 90,
    ]);
    for (const id of ["trade-turnover-2018", "trade-turnover-2005", "trade-turnover-2014"]) {
      expect(field(id, "value").disputed).toBe(true);
    }
    // CONFLICTS.md A8: two dates for the 2006 participation agreement; the accession of 2007 is
    // Ospanova and Agaeva's and is asked as theirs (a milestone of its own, not the agreement).
    expect(field("ilham-aliyev-visit-2006", "date").claims).toHaveLength(2);
    expect(field("btc-participation-agreement-2006", "date").claims).toHaveLength(2);
    const btc = record("btc-pipeline");
    const joined = btc.kind === "project" ? btc.milestones.find((m) => m.kind === "joined") : null;
    expect(joined?.date.claims.map((c) => c.value.text)).toEqual(["2007"]);
    expect(joined?.ask).toMatch(/^According to Ospanova and Agaeva/);
    // A11: "established" is three different milestones, and Kerchelaev's 2013 is asked as his.
    const tmtm = record("tmtm");
    const established =
      tmtm.kind === "project" ? tmtm.milestones.filter((m) => m.kind === "established") : [];
    expect(established.map((m) => m.date.claims[0]?.value.text)).toEqual([
      "2013",
      "2014",
      "2016-12-30",
    ]);
    expect(established[0]?.ask).toMatch(/according to Kerchelaev/i);
    // A12: the protocol entered into force on 1 June 2016; 10 June is when the tariff started.
    const protocol = record("tmtm-tariff-protocol-2016");
    expect(
      protocol.kind === "document" && protocol.inForce?.claims.map((c) => c.value.text),
    ).toEqual(["2016-06-01"]);
    expect(field("ilham-aliyev-visit-2008", "date").claims).toHaveLength(2);
    expect(field("turkic-council", "founded").claims).toHaveLength(2);
  });

  it("records evident errors as corrected claims that keep the printed text", () => {
    const timur = record("timur-campaign-against-tokhtamysh");
    const claim = timur.kind === "event" ? timur.date.claims[0] : undefined;
    expect(claim?.value.text).toBe("1391");
    expect(claim?.erratum?.printed).toBe("1931");
    const growth = record("trade-growth-2019-amount");
    expect(growth.kind === "figure" && growth.value.value?.amount).toBe(9.06);
    const visit = record("nazarbayev-visit-2007");
    expect(visit.kind === "event" && visit.date.value?.precision).toBe("year");
  });

  it("accepts the spelling variants of CONFLICTS.md section C", () => {
    const names = (id: string): string[] => {
      const r = record(id);
      if (r.kind === "person") return r.names;
      if (r.kind === "place") return r.names.map((n) => n.name);
      if (r.kind === "organisation") return [r.name, ...r.aliases];
      if (r.kind === "document") return [r.title, ...r.titleVariants];
      return [];
    };
    expect(names("olzhas-suleimenov")).toEqual(
      expect.arrayContaining(["Olzhas Suleymanov", "Olzhas Suleimenov", "Oljas Suleimenov"]),
    );
    expect(names("kassym-jomart-tokayev")).toEqual(
      expect.arrayContaining(["Kassym-Jomart Tokayev", "Kasim-Jomart Tokayev"]),
    );
    expect(names("karim-massimov")).toContain("K. Masimov");
    expect(names("daniyal-akhmetov")).toEqual(
      expect.arrayContaining(["Daniyal Akhmatov", "D. Akhmetov"]),
    );
    expect(names("heydar-aliyev")).toContain("G. Aliyev");
    expect(names("mangystau-region")).toEqual(["Mangystau region", "Mangistau region"]);
    expect(names("nakhchivan")).toEqual(["Nakhchivan", "Nakhichevan"]);
    expect(names("almaty")).toEqual(["Almaty", "Alma-Ata"]);
    expect(names("astana")).toEqual(["Astana", "Nur-Sultan"]);
    expect(names("borovoy")).toContain("Burabay");
    expect(names("milli-majlis")).toEqual(expect.arrayContaining(["Milli Majlis", "Milli Mejlis"]));
    expect(names("going-ahead-book")).toEqual(["Going Ahead", "Walking Ahead"]);
    expect(names("agreement-strategic-partnership-2005")).toHaveLength(3);
    expect(names("turkic-academy")).toEqual(
      expect.arrayContaining(["International Turkish Academy", "International Turkic Academy"]),
    );
  });

  it("never invents a day: undated or partly dated facts keep their precision", () => {
    const precision = (id: string) => {
      const r = record(id);
      return r.kind === "event" ? r.date.value?.precision : undefined;
    };
    expect(precision("leaders-meeting-alma-ata-1994")).toBe("year");
    expect(precision("turkic-summit-4-1996")).toBe("month");
    expect(precision("heydar-aliyev-street-in-astana")).toBe("approximate");
    expect(precision("tokayev-official-visit-azerbaijan")).toBe("approximate");
  });
});
