/**
 * Absurd options (TRIVIAL or NONSENSE): an option of another category than the answer (a
 * university among international bodies, a company as a party to a treaty between states, a
 * country that is not a party to a bilateral agreement), or options from eras centuries apart.
 */
import type { FactRecord, OrganisationType, PlaceType } from "@/lib/content/types";
import type { Question } from "../../types";
import { factsOf } from "../answers";
import type { LintContext } from "../context";
import { namesOf } from "../course-names";
import { distractorsOf, singleAnswerOf } from "../question-text";
import { containsPhrase } from "../text-match";
import type { LintRule, RuleFinding } from "../types";
import { parseWrittenDate } from "../value-match";

const PLACE_FAMILY: Record<PlaceType, string> = {
  country: "state",
  "historical-state": "state",
  region: "region",
  city: "settlement",
  town: "settlement",
  village: "settlement",
  port: "site",
  site: "site",
  street: "site",
  island: "site",
  sea: "sea",
  other: "other",
};

const ORGANISATION_FAMILY: Record<OrganisationType, string> = {
  "international-organisation": "intergovernmental body",
  "regional-organisation": "intergovernmental body",
  "parliamentary-assembly": "intergovernmental body",
  "summit-series": "intergovernmental body",
  conference: "intergovernmental body",
  "intergovernmental-commission": "intergovernmental body",
  "government-body": "state body",
  company: "company",
  foundation: "civil body",
  university: "civil body",
  "cultural-centre": "civil body",
  "diaspora-organisation": "civil body",
  media: "civil body",
  other: "other",
};

function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? "an" : "a"} ${label}`;
}

/** A record's kind and, within it, the family options must share. */
function categoryOf(record: FactRecord): { kind: string; family: string; label: string } {
  switch (record.kind) {
    case "place":
      return { kind: "place", family: PLACE_FAMILY[record.type], label: record.type };
    case "organisation":
      return {
        kind: "organisation",
        family: ORGANISATION_FAMILY[record.type],
        label: record.type.replace(/-/g, " "),
      };
    default:
      return { kind: record.kind, family: record.kind, label: record.kind };
  }
}

/** A country that is not a party offered for a bilateral agreement between two states. */
function bilateralNonParty(q: Question, ctx: LintContext): RuleFinding | null {
  for (const values of factsOf(q, ctx)) {
    const doc = values.record;
    if (doc?.kind !== "document" || values.field !== "parties") continue;
    const parties = doc.parties.map((id) => ctx.course.byId.get(id));
    const bilateral =
      parties.length === 2 && parties.every((p) => p?.kind === "place" && p.type === "country");
    if (!bilateral) continue;
    const offered =
      q.type === "true-false"
        ? ctx.recordsIn(q.statement).filter((r) => !doc.parties.includes(r.id))
        : distractorsOf(q).flatMap((d) => ctx.names.recordsNamed(d));
    const inTitle = (r: FactRecord) =>
      namesOf(doc).some((title) => namesOf(r).some((name) => containsPhrase(title, name)));
    const outsider = offered.find(
      (r) =>
        ((r.kind === "place" && r.type === "country") || r.kind === "organisation") &&
        !doc.parties.includes(r.id) &&
        !inTitle(r),
    );
    if (outsider) {
      const names = parties.map((p) => (p ? namesOf(p)[0] : "")).join(" and ");
      return {
        severity: "error",
        message: `“${namesOf(outsider)[0]}” offered as a party to a bilateral agreement between ${names}`,
      };
    }
  }
  return null;
}

export const distractorCategory: LintRule = {
  name: "distractor-category",
  description:
    "An option is of another category than the answer (a university among international bodies, a company as a party to a treaty between states, a non-party to a bilateral agreement) (TRIVIAL).",
  checkQuestion(q, ctx) {
    const bilateral = bilateralNonParty(q, ctx);
    if (bilateral) return [bilateral];
    const answer = singleAnswerOf(q);
    if (answer === null) return [];
    const answerRecord = ctx.names.recordsNamed(answer)[0];
    if (!answerRecord) return [];
    const want = categoryOf(answerRecord);
    for (const distractor of distractorsOf(q)) {
      const record = ctx.names.recordsNamed(distractor)[0];
      if (!record) continue;
      const got = categoryOf(record);
      if (got.kind !== want.kind) {
        return [
          {
            severity: "error",
            message: `option “${distractor}” (${withArticle(got.label)}) is not of the answer's kind (${withArticle(want.label)})`,
          },
        ];
      }
      if (got.family === want.family || got.family === "other" || want.family === "other") continue;
      const serious =
        got.kind === "organisation" || got.family === "state" || want.family === "state";
      return [
        {
          severity: serious ? "error" : "warning",
          message: `option “${distractor}” (${withArticle(got.label)}) among answers like “${answer}” (${withArticle(want.label)})`,
        },
      ];
    }
    return [];
  },
};

/** The year of what an option or item names, if the course dates it. */
function yearOfChoice(text: string, ctx: LintContext): number | null {
  for (const record of ctx.names.recordsNamed(text)) {
    const era = ctx.eraOf(record);
    if (era !== null) return era;
  }
  for (const { person, role } of ctx.names.rolesTitled(text)) {
    if (role.period) return Number(role.period.start.slice(0, 4));
    const era = ctx.eraOf(person);
    if (era !== null) return era;
  }
  const date = parseWrittenDate(text);
  return date ? date.year : null;
}

/** A century: a gap this wide between the options' eras makes the odd one out obvious. */
const ERA_SPAN_YEARS = 100;

export const distractorEra: LintRule = {
  name: "distractor-era",
  description:
    "Options or items from eras centuries apart (a medieval ruler among modern ministers; a chronology mixing 1828 with the 2000s) (TRIVIAL).",
  checkQuestion(q, ctx) {
    let years: number[] = [];
    let texts: string[] = [];
    if (q.type === "chronology" || q.type === "which-came-first") {
      texts = q.type === "chronology" ? q.items.map((i) => i.text) : q.options.map((o) => o.text);
      years = factsOf(q, ctx).flatMap((v) =>
        v.dates.length > 0 ? [Number(v.dates[0]?.start.slice(0, 4))] : [],
      );
      if (years.length < texts.length) {
        years = texts.map((t) => yearOfChoice(t, ctx)).filter((y): y is number => y !== null);
      }
    } else if (q.type === "matching") {
      texts = q.left.map((c) => c.text);
      years = texts.map((t) => yearOfChoice(t, ctx)).filter((y): y is number => y !== null);
      if (years.length < 2) {
        texts = q.right.map((c) => c.text);
        years = texts.map((t) => yearOfChoice(t, ctx)).filter((y): y is number => y !== null);
      }
    } else if (q.type === "multiple-choice" || q.type === "cloze") {
      texts = q.options.map((o) => o.text);
      years = texts.map((t) => yearOfChoice(t, ctx)).filter((y): y is number => y !== null);
    }
    if (years.length < Math.min(3, texts.length) || years.length < 2) return [];
    const sorted = [...years].sort((a, b) => a - b);
    let gapAt = 0;
    for (let i = 1; i < sorted.length; i++) {
      if (
        (sorted[i] ?? 0) - (sorted[i - 1] ?? 0) >
        (sorted[gapAt + 1] ?? 0) - (sorted[gapAt] ?? 0)
      ) {
        gapAt = i - 1;
      }
    }
    const before = sorted[gapAt] ?? 0;
    const after = sorted[gapAt + 1] ?? 0;
    return after - before > ERA_SPAN_YEARS
      ? [
          {
            severity: "error",
            message: `options from ${sorted[0]} and from ${after}–${sorted.at(-1)}: eras centuries apart make the odd one out obvious`,
          },
        ]
      : [];
  },
};
