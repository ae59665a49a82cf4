/**
 * Template text showing (NONSENSE): the generator's scaffolding ("did this happen: “…”",
 * "took part in this"), bracketed date fragments, a record's label in quotation marks standing in
 * for a sentence, and headlines ("The X Committee founded") used as subjects.
 */
import type { Course } from "@/lib/content/types";
import type { Question } from "../../types";
import type { LintContext } from "../context";
import { namesOf } from "../course-names";
import {
  choicesOf,
  explanationBody,
  isFromCitations,
  quotedSegments,
  withoutSourceQuotes,
} from "../question-text";
import { containsPhrase, isAcronym, normalise } from "../text-match";
import type { LintRule, LintSeverity, RuleFinding } from "../types";
import { parseWrittenDate } from "../value-match";

/** Generator phrases no teacher writes. */
const TEMPLATE_PHRASES: readonly [RegExp, string][] = [
  [/\bdid this happen\b/i, "“did this happen”: a label stands in for the event"],
  [/\btook part in this\b/i, "“took part in this”: a label stands in for the event"],
  [
    /\bhappen(?:ed)? to (?:the )?[^:?]+: [“"]/i,
    "“happened to X: “…””: a label stands in for the event",
  ],
  [/[”"] (?:happened|took place)\b/i, "a quoted label is the subject of “happened”"],
  [/\b(?:happened|took place)\s*\(/i, "“happened (…)”: a bracketed date instead of a sentence"],
  [/: [“"][^”"]+[”"] (?:in|on) /, "“X: “…” in …”: a label stands in for the event"],
  [
    /\b(?:was|were)\s+(?:founded|adopted|signed|opened|established|held|created)\s*\(/i,
    "a bracketed date after the verb",
  ],
  [/\(year not stated\)/i, "“(year not stated)”"],
  [/\byear the sources? do(?:es)?(?:n't| not) give\b/i, "“a year the source does not give”"],
  [/\bin (\d{3,4})\b[^.?!]*\bin \1\b/, "the same year is given twice"],
];

/** Clumsy, but still readable. */
const AWKWARD_PHRASES: readonly [RegExp, string][] = [
  [/\bcarr(?:y|ies) or handles?\b/i, "“carries or handles”: template wording"],
];

const DATE_WORDS =
  /\d{3,4}|\bcentur|\bsince\b|\byears?\b|\bdecade|\bcounted\b|\bestimates?\b|\bbeginning\b|\bearly\b|\blate\b|\babout\b|\bbefore\b|\bafter\b/i;

const labelParentheticals = new WeakMap<Course, Map<string, string[]>>();

/** Bracketed parts the author wrote into names and labels ("Vatan (newspaper)"), with those names. */
function parentheticalsOfRecords(course: Course): Map<string, string[]> {
  let map = labelParentheticals.get(course);
  if (map) return map;
  const found = new Map<string, string[]>();
  const add = (text: string) => {
    for (const m of text.matchAll(/\(([^()]+)\)/g)) {
      const key = normalise(m[1] ?? "");
      found.set(key, [...(found.get(key) ?? []), text]);
    }
  };
  for (const record of course.byId.values()) {
    for (const name of namesOf(record)) add(name);
    if (record.kind === "person") for (const role of record.roles) add(role.title);
    if (record.kind === "project") for (const m of record.milestones) add(m.label);
  }
  map = found;
  labelParentheticals.set(course, map);
  return map;
}

/** Whether a bracketed part belongs to a name or label written in the text ("Vatan (newspaper)"). */
function isDisambiguator(inner: string, text: string, course: Course): boolean {
  const labels = parentheticalsOfRecords(course).get(normalise(inner)) ?? [];
  return labels.some((label) => containsPhrase(text, label));
}

function uniqueFindings(findings: RuleFinding[]): RuleFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.severity}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the student reads before answering, with cited quotations blanked out. */
function shownWithoutQuotes(q: Question): string[] {
  return [q.prompt, ...choicesOf(q)].map((t) => withoutSourceQuotes(t, q.citations));
}

export const templateText: LintRule = {
  name: "template-text",
  description:
    "Generator scaffolding shows: “did this happen: …”, “took part in this”, bracketed date fragments like “(since the 1990s)” (NONSENSE).",
  checkQuestion(q, ctx) {
    const findings: RuleFinding[] = [];
    const scan = (text: string, inExplanation: boolean) => {
      const severity: LintSeverity = inExplanation ? "warning" : "error";
      const where = inExplanation ? " (in the explanation)" : "";
      for (const [pattern, what] of TEMPLATE_PHRASES) {
        if (pattern.test(text)) findings.push({ severity, message: `${what}${where}` });
      }
      for (const [pattern, what] of AWKWARD_PHRASES) {
        if (pattern.test(text)) findings.push({ severity: "warning", message: `${what}${where}` });
      }
      for (const m of text.matchAll(/\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
        const inner = (m[1] ?? "").trim();
        if (inner.length === 0 || isAcronym(inner) || /^_{3,}$/.test(inner)) continue;
        if (isDisambiguator(inner, text, ctx.course)) {
          if (!inExplanation) {
            findings.push({
              severity: "warning",
              message: `“(${inner})” is a record's disambiguating label, not part of a question`,
            });
          }
        } else if (DATE_WORDS.test(inner) && !(inExplanation && parseWrittenDate(inner))) {
          findings.push({ severity, message: `bracketed template fragment “(${inner})”${where}` });
        }
      }
    };
    for (const text of shownWithoutQuotes(q)) scan(text, false);
    scan(withoutSourceQuotes(explanationBody(q), q.citations), true);
    return uniqueFindings(findings);
  },
};

/**
 * What a quoted text is, if it is a label the author wrote rather than a name: an event title or
 * milestone label stands for a sentence; a figure's label is a clumsy noun phrase.
 */
function labelKind(text: string, ctx: LintContext): "sentence" | "noun" | null {
  const key = normalise(text);
  if (key.length === 0 || !ctx.labels.has(key)) return null;
  const named = ctx.names.recordsNamed(text);
  if (named.some((r) => r.kind === "figure")) return "noun";
  return named.every((r) => r.kind === "event") ? "sentence" : null;
}

export const labelAsSentence: LintRule = {
  name: "label-as-sentence",
  description:
    "A record's label in quotation marks (an event title, a milestone label) stands in for a sentence (NONSENSE); a figure's label or “label: value” is AWKWARD.",
  checkQuestion(q, ctx) {
    const findings: RuleFinding[] = [];
    for (const text of [q.prompt, ...choicesOf(q)]) {
      for (const segment of quotedSegments(text)) {
        // A cloze quotes its source; elsewhere a label is a label even if a source uses the words.
        if (q.type === "cloze" && isFromCitations(segment.text, q.citations)) continue;
        const kind = labelKind(segment.text, ctx);
        if (kind === "sentence") {
          findings.push({
            severity: "error",
            message: `the label “${segment.text}” in quotation marks stands in for a sentence`,
          });
        } else if (kind === "noun") {
          findings.push({
            severity: "warning",
            message: `the label “${segment.text}” in quotation marks stands in for a description`,
          });
        }
      }
    }
    for (const item of choicesOf(q)) {
      const after = /^[^:]+: (.+)$/.exec(item)?.[1];
      if (after && labelKind(after, ctx) === "sentence") {
        findings.push({
          severity: "warning",
          message: `“${item}”: a name and a label instead of an item`,
        });
      }
    }
    const sentence = q.type === "true-false" ? q.statement : q.prompt;
    const before = /^([^:“"]+): [^“"]/.exec(sentence)?.[1];
    const label = [before, before?.replace(/ in [^:]{1,40}$/, "")].find(
      (text) => text !== undefined && labelKind(text, ctx) !== null,
    );
    if (label) {
      findings.push({
        severity: "warning",
        message: `“${label}: …”: a label and a value instead of a sentence`,
      });
    }
    return uniqueFindings(findings);
  },
};

const PARTICIPLES =
  "signed|founded|adopted|opened|established|published|renamed|created|launched|commissioned|completed|resumed|proclaimed|awarded|elected|appointed|held|initiated|introduced|concluded|ratified|built|started|formed|organi[sz]ed|abolished|dissolved|restored|inaugurated|registered|approved|announced|set up";
const HEADLINE = new RegExp(`^[\\p{Lu}“"].*\\s(?:${PARTICIPLES})[.!]?$`, "u");
const AUXILIARY = /\b(?:is|was|were|are|be|been|being|has|have|had|will|would)\b/i;

/** "The Harbour Committee founded": a noun phrase and a bare past participle. */
export function isHeadline(text: string): boolean {
  const t = text.replace(/\s*\([^()]*\)\s*$/, "").trim();
  return HEADLINE.test(t) && !AUXILIARY.test(t);
}

export const headlineFragment: LintRule = {
  name: "headline-fragment",
  description:
    "A headline (“The X Committee founded”: a noun and a bare past participle) used as an item or a subject (AWKWARD as a list item, NONSENSE inside a sentence).",
  checkQuestion(q) {
    const findings: RuleFinding[] = [];
    const items = choicesOf(q).filter(isHeadline);
    if (items.length > 0) {
      findings.push({
        severity: "warning",
        message: `headline${items.length > 1 ? "s" : ""} as item${items.length > 1 ? "s" : ""}: “${items[0]}”`,
      });
    }
    const sentence = q.type === "true-false" ? q.statement : q.prompt;
    for (const segment of quotedSegments(sentence)) {
      if (isHeadline(segment.text) && !isFromCitations(segment.text, q.citations)) {
        findings.push({
          severity: "error",
          message: `a headline is the subject of the sentence: “${segment.text}”`,
        });
      }
    }
    return findings;
  },
};
