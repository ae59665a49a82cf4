/**
 * Hand-built questions about the invented Saltmere Isles course, and a way to add records to it,
 * for the linter's rule tests. Every builder fills what a rule does not look at with something
 * harmless, so a test states only what it is about.
 */
import { parseDate } from "@/lib/content/dates";
import type {
  Claimed,
  Course,
  CourseRecord,
  DateValue,
  FactRecord,
  Source,
} from "@/lib/content/types";
import { type LintFinding, type LintRule, lintBank } from "@/lib/questions/lint";
import type {
  ChoiceQuestion,
  ChronologyQuestion,
  Citation,
  MatchingQuestion,
  Question,
  TrueFalseQuestion,
  TypedQuestion,
} from "@/lib/questions/types";
import { fixtureCourse } from "../helpers/courses";

export { fixtureCourse };

export const CHRONICLE = "A Short Chronicle of the Saltmere Isles";
export const GAZETTE = "The Hallowmere Gazette, centenary supplement";

export function chronicle(quote: string): Citation {
  return { sourceId: "chronicle", sourceTitle: CHRONICLE, quote };
}

export function gazette(quote: string): Citation {
  return { sourceId: "gazette", sourceTitle: GAZETTE, quote };
}

let counter = 0;

interface Common {
  id?: string;
  factIds?: string[];
  explanation?: string;
  citations?: Citation[];
  attribution?: string;
  kind?: Question["tags"]["kind"];
  themes?: string[];
  template?: string;
}

function base(common: Common, type: Question["type"]) {
  counter += 1;
  return {
    id: common.id ?? `q-test-${counter}`,
    type,
    template: common.template ?? `test:${type}`,
    factIds: common.factIds ?? [],
    explanation: common.explanation ?? "",
    citations: common.citations ?? [],
    tags: {
      themes: common.themes ?? ["politics"],
      periods: [],
      kind: common.kind ?? "dates",
      extra: [],
    },
    difficulty: 0.5,
    ...(common.attribution ? { attribution: common.attribution } : {}),
  };
}

/** A multiple-choice question; the first option is the answer unless `answer` says otherwise. */
export function choice(
  prompt: string,
  options: string[],
  common: Common & { answer?: string } = {},
): ChoiceQuestion {
  const answer = common.answer ?? options[0] ?? "";
  const choices = options.map((text, i) => ({ id: `o-${i}`, text }));
  return {
    ...base(common, "multiple-choice"),
    type: "multiple-choice",
    prompt,
    options: choices,
    answer,
    correctOptionId: choices.find((c) => c.text === answer)?.id ?? "o-0",
  };
}

/** A cloze: the prompt quotes with a blank; the first option is the answer unless `answer` says otherwise. */
export function cloze(
  prompt: string,
  options: string[],
  common: Common & { answer?: string } = {},
): ChoiceQuestion {
  return {
    ...choice(prompt, options, common),
    type: "cloze",
    template: common.template ?? "test:cloze",
  };
}

export function whichCameFirst(options: string[], common: Common = {}): ChoiceQuestion {
  return {
    ...choice("Which of these came first?", options, common),
    type: "which-came-first",
    template: "test:which-came-first",
  };
}

export function trueFalse(
  statement: string,
  answer: boolean,
  common: Common = {},
): TrueFalseQuestion {
  return {
    ...base(common, "true-false"),
    type: "true-false",
    prompt: `True or false? ${statement}`,
    statement,
    options: [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ],
    answer: answer ? "True" : "False",
    correctOptionId: answer ? "true" : "false",
  };
}

export function typed(
  prompt: string,
  answer: string,
  common: Common & { accept?: string[] } = {},
): TypedQuestion {
  return {
    ...base(common, "typed"),
    type: "typed",
    prompt,
    answer,
    accept: (common.accept ?? []).map((text) => ({ text, code: "variant" })),
    check: { answerKind: /^\d{3,4}$/.test(answer) ? "year" : "text", confusables: [] },
  };
}

/** A chronology question: `inOrder` is the answer, shown reversed. */
export function chronology(inOrder: string[], common: Common = {}): ChronologyQuestion {
  const items = [...inOrder].reverse().map((text, i) => ({ id: `i-${i}`, text }));
  return {
    ...base(common, "chronology"),
    type: "chronology",
    prompt: "Put these in chronological order, earliest first.",
    items,
    answer: inOrder,
    correctOrder: inOrder.map((t) => items.find((i) => i.text === t)?.id ?? ""),
  };
}

export function matching(
  prompt: string,
  pairs: [string, string][],
  common: Common = {},
): MatchingQuestion {
  const left = pairs.map(([l], i) => ({ id: `l-${i}`, text: l }));
  const right = pairs.map(([, r], i) => ({ id: `r-${i}`, text: r })).reverse();
  return {
    ...base(common, "matching"),
    type: "matching",
    prompt,
    left,
    right,
    answer: pairs.map(([l, r]) => `${l} → ${r}`),
    correctPairs: Object.fromEntries(pairs.map((_, i) => [`l-${i}`, `r-${i}`])),
  };
}

/** Findings of one rule (or all rules) on some questions, against a course (default: the fixture). */
export function findings(
  rule: LintRule | null,
  questions: Question[],
  course: Course = fixtureCourse(),
): LintFinding[] {
  return lintBank(course, questions, rule ? { rules: [rule] } : {}).findings;
}

export function errorsOf(rule: LintRule, q: Question, course?: Course): string[] {
  return findings(rule, [q], course)
    .filter((f) => f.severity === "error")
    .map((f) => f.message);
}

export function warningsOf(rule: LintRule, q: Question, course?: Course): string[] {
  return findings(rule, [q], course)
    .filter((f) => f.severity === "warning")
    .map((f) => f.message);
}

/** A date claimed by the chronicle, as the course model holds it. */
export function claimedDate(text: string): Claimed<DateValue> {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const source = fixtureCourse().byId.get("chronicle") as Source;
  return {
    claims: [
      {
        value: parsed.value,
        sources: [{ source, quote: "…" }],
        note: null,
        erratum: null,
        reportedBy: null,
      },
    ],
    disputed: false,
    value: parsed.value,
  };
}

const COLLECTION: Record<FactRecord["kind"], keyof Course> = {
  person: "people",
  place: "places",
  organisation: "organisations",
  project: "projects",
  document: "documents",
  event: "events",
  figure: "figures",
};

/**
 * The fixture course with records added or replaced (by id). Extra fields the content model may
 * gain (`basis`, `misprint`, `reportedBy`) can be set on the records given.
 */
export function courseWith(...records: FactRecord[]): Course {
  const course = fixtureCourse();
  const byId = new Map<string, CourseRecord>(course.byId);
  const next: Course = { ...course, byId };
  for (const record of records) {
    byId.set(record.id, record);
    const key = COLLECTION[record.kind];
    const list = (next[key] as FactRecord[]).filter((r) => r.id !== record.id);
    (next as unknown as Record<string, FactRecord[]>)[key] = [...list, record];
  }
  return next;
}

/** A fixture record, to copy and change in a test. */
export function fixtureRecord<K extends FactRecord["kind"]>(
  id: string,
  kind: K,
): Extract<FactRecord, { kind: K }> {
  const record = fixtureCourse().byId.get(id);
  if (!record || record.kind !== kind) throw new Error(`no ${kind} ${id} in the fixture course`);
  return record as Extract<FactRecord, { kind: K }>;
}

/**
 * Questions a teacher would keep as they are. Every rule must leave them alone; each rule's test
 * runs them too. The first is about the real course, hand-built: its facts are unknown to the
 * fixture, so only the rules that read the question itself judge it.
 */
export function goodQuestions(): Question[] {
  return [
    choice(
      "Who signed the Declaration on Friendly Relations and Strategic Partnership in Astana in 2004?",
      [
        "Ilham Aliyev and Nursultan Nazarbayev",
        "Heydar Aliyev and Nursultan Nazarbayev",
        "Ilham Aliyev and Kassym-Jomart Tokayev",
        "Heydar Aliyev and Boris Yeltsin",
      ],
      {
        factIds: ["declaration-friendly-relations-2004#signatories"],
        kind: "signatories",
        citations: [
          {
            sourceId: "example",
            sourceTitle: "An example source",
            quote:
              "On March 1, 2004, in Astana, Ilham Aliyev and Nursultan Nazarbayev signed the Declaration on Friendly Relations and Strategic Partnership",
          },
        ],
        explanation:
          "Ilham Aliyev and Nursultan Nazarbayev signed the Declaration in Astana on 1 March 2004. (Example)",
      },
    ),
    choice(
      "Who signed the Act of Union for Brine?",
      ["Tamsin Oakhart", "Osric Pell", "Maren Holt", "Edda Marrow"],
      {
        factIds: ["act-of-union#signatories"],
        kind: "signatories",
        citations: [
          gazette(
            "Speaker Tamsin Oakhart (also written “Tamsyn Oakheart”) signed the Act of Union for Brine.",
          ),
        ],
        explanation: "Tamsin Oakhart signed the Act of Union for Brine. (Hallowmere Gazette)",
      },
    ),
    trueFalse("The Lantern Cable began carrying messages in 1902.", true, {
      factIds: ["lantern-cable#milestone-opened-began-carrying-messages"],
      themes: ["transport"],
      citations: [
        chronicle(
          "The Lantern Cable, a telegraph line from Hallowmere to the mainland town of Dunmarrow, began carrying messages in 1902.",
        ),
      ],
      explanation: "True: the Lantern Cable began carrying messages in 1902. (Varrow)",
    }),
    trueFalse("The Lantern Cable began carrying messages in 1912.", false, {
      factIds: ["lantern-cable#milestone-opened-began-carrying-messages"],
      themes: ["transport"],
      citations: [
        chronicle(
          "The Lantern Cable, a telegraph line from Hallowmere to the mainland town of Dunmarrow, began carrying messages in 1902.",
        ),
      ],
      explanation: "False: it began carrying messages in 1902. (Varrow)",
    }),
    typed("In which year was Port Hallow renamed Hallowmere?", "1958", {
      factIds: ["capital-renamed#date"],
      citations: [
        chronicle("The capital, then called Port Hallow, was renamed Hallowmere in 1958."),
      ],
      explanation: "The capital, Port Hallow, was renamed Hallowmere in 1958. (Varrow)",
    }),
    cloze(
      "Complete the quotation from Varrow: “The Isles joined the Northern Sea Compact (NSC) in _____; their first envoy to the Compact was Osric Pell.”",
      ["1958", "1962", "1966", "1970"],
      {
        answer: "1962",
        factIds: ["nsc-accession#date"],
        citations: [
          chronicle(
            "The Isles joined the Northern Sea Compact (NSC) in 1962; their first envoy to the Compact was Osric Pell.",
          ),
        ],
        explanation: "The Saltmere Isles joined the Northern Sea Compact in 1962. (Varrow)",
      },
    ),
    chronology(
      [
        "Proclamation of the Federation",
        "Lantern Cable Agreement",
        "Renaming of Port Hallow as Hallowmere",
        "Accession to the Northern Sea Compact",
      ],
      {
        factIds: [
          "federation-proclaimed#date",
          "lantern-cable-agreement#date",
          "capital-renamed#date",
          "nsc-accession#date",
        ],
        explanation:
          "Proclamation of the Federation (March 1921) → Lantern Cable Agreement (1929) → Renaming of Port Hallow as Hallowmere (1958) → Accession to the Northern Sea Compact (1962).",
      },
    ),
    matching(
      "Match each person with the office they held.",
      [
        ["Tamsin Oakhart", "Speaker of the Federal Assembly"],
        ["Osric Pell", "Envoy of the Saltmere Isles to the Northern Sea Compact"],
      ],
      {
        factIds: [
          "tamsin-oakhart#role-speaker-of-the-federal-assembly",
          "osric-pell#role-envoy-of-the-saltmere-isles-to-the-northern-sea-compact",
        ],
        kind: "people",
        explanation:
          "Tamsin Oakhart: Speaker of the Federal Assembly; Osric Pell: Envoy of the Saltmere Isles to the Northern Sea Compact.",
      },
    ),
    choice(
      "According to Varrow, how many inhabitants did the 1950 census count?",
      ["48,200", "42,600", "51,800", "39,400"],
      {
        factIds: ["population-1950#value"],
        kind: "figures",
        themes: ["society"],
        attribution: "Varrow",
        citations: [
          chronicle("In the great census of 1950 the islands counted 48,200 inhabitants."),
        ],
        explanation:
          "According to Varrow, the 1950 census counted 48,200 inhabitants; the Gazette gives 47,900. (Varrow)",
      },
    ),
  ];
}
