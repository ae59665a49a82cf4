import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Course, CourseRecord } from "@/lib/content/types";
import { allNamesOf } from "@/lib/questions/asks/entity-names";
import { genericWordsOf, shortNamesOf } from "@/lib/questions/asks/short-names";
import { checkAnswer } from "@/lib/questions/check-answer";
import { generateQuestionBank } from "@/lib/questions/generate-question-bank";
import { compactText } from "@/lib/questions/normalise-text";
import type { TypedQuestion } from "@/lib/questions/types";
import { defaultCourse, fixtureCourse } from "./helpers/courses";

const named = (course: Course, name: string): CourseRecord => {
  const record = [...course.byId.values()].find((r) => "name" in r && r.name === name);
  if (!record) throw new Error(`no record named ${name}`);
  return record;
};
const shortTexts = (course: Course, name: string) =>
  shortNamesOf(course, named(course, name)).map((a) => a.text);

describe("short names (default course)", () => {
  const course = defaultCourse();

  it("drops a generic head when nothing else bears the rest", () => {
    expect(shortTexts(course, "Sangachal terminal")).toEqual(["Sangachal"]);
    expect(shortTexts(course, "Mangystau region")).toContain("Mangystau");
    expect(shortTexts(course, "Baku–Tbilisi–Ceyhan oil pipeline")).toContain("Baku–Tbilisi–Ceyhan");
    // "Baku–Supsa" is now one of the pipeline's own names (an alias); the short form drops "pipeline".
    expect(shortTexts(course, "Baku–Supsa oil pipeline")).toContain("Baku–Supsa oil");
  });

  it("never gives a short name that is another record's name or another record's short name", () => {
    expect(shortTexts(course, "Azerbaijan Railways")).not.toContain("Azerbaijan");
    expect(shortTexts(course, "Heydar Aliyev Foundation")).not.toContain("Heydar Aliyev");
    expect(shortTexts(course, "Vatan (society)")).not.toContain("Vatan");
    expect(shortTexts(course, "Vatan (newspaper)")).not.toContain("Vatan");
    // Capitalised words belong to the name: no "Georgian", "New", "Kyrgyz" or "Black".
    for (const name of ["Georgian Railways", "New Silk Road", "Kyrgyz Republic", "Black Sea"]) {
      expect(shortTexts(course, name), name).toEqual([]);
    }
    const people = course.people.map((p) => p.id);
    expect(
      people.flatMap((id) => shortNamesOf(course, course.byId.get(id) as CourseRecord)),
    ).toEqual([]);

    const owners = new Map<string, Set<string>>();
    for (const record of course.byId.values()) {
      if (record.kind === "source" || record.kind === "figure") continue;
      for (const name of allNamesOf(record)) {
        const key = compactText(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(record.id));
      }
    }
    const shorts = new Map<string, string>();
    for (const record of course.byId.values()) {
      for (const { text } of shortNamesOf(course, record)) {
        const key = compactText(text);
        expect(
          [...(owners.get(key) ?? [])].filter((id) => id !== record.id),
          text,
        ).toEqual([]);
        expect(shorts.get(key), text).toBeUndefined();
        shorts.set(key, record.id);
      }
    }
    expect(shorts.size).toBeGreaterThan(10);
  });

  it("derives the generic words from the record's type and the heads its names share", () => {
    expect(genericWordsOf(course, named(course, "Sangachal terminal"))).toEqual([
      "site",
      "terminal",
    ]);
    expect(genericWordsOf(course, named(course, "Baku–Supsa oil pipeline"))).toEqual(
      expect.arrayContaining(["oil", "pipeline"]),
    );
    expect(genericWordsOf(course, named(course, "Ilham Aliyev"))).toContain("president");
  });

  it("puts them in the typed questions, where they are accepted", () => {
    const bank = generateQuestionBank(course, { seed: 1 });
    const typed = bank.filter((q): q is TypedQuestion => q.type === "typed");
    const sangachal = typed.filter((q) => q.answer === "Sangachal terminal");
    expect(sangachal.length).toBeGreaterThan(0);
    for (const q of sangachal) {
      expect(checkAnswer(q, "Sangachal")).toMatchObject({ correct: true, code: "short-name" });
      expect(checkAnswer(q, "Sangachal Terminal")).toMatchObject({ correct: true, code: "exact" });
    }
    for (const q of typed) {
      for (const form of q.accept.filter((a) => a.code === "short-name")) {
        expect(checkAnswer(q, form.text).correct, `${q.id}: ${form.text}`).toBe(true);
        expect(q.check.confusables.map(compactText)).not.toContain(compactText(form.text));
      }
      // A confusable is never accepted, whatever generic words come with it.
      for (const other of q.check.confusables) {
        if (compactText(other) === compactText(q.answer)) continue;
        const v = checkAnswer(q, other);
        expect(v.correct, `${q.id}: ${other}`).toBe(false);
      }
    }
  });
});

describe("short names (another course)", () => {
  it("come from the content schema and the course, not from one course's words", () => {
    const course = fixtureCourse();
    expect(shortTexts(course, "Brine–Kell–Osk ferry")).toEqual(["Brine–Kell–Osk"]);
    expect(shortTexts(course, "Hallowmere")).toEqual([]);
    const source = ["lib/questions/asks/short-names.ts", "lib/questions/check-typed-answer.ts"]
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    expect(source).not.toMatch(/azerbaijan|kazakh|baku|sangachal|astana|caspian|saltmere/i);
  });
});
