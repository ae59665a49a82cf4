/**
 * The answer is given away (TRIVIAL): it is written in the prompt, it is a key word of the course
 * title, or the question's own words point to it (an acronym read off a name's initials, the only
 * option that shares the prompt's words, the only date in the prompt's year).
 */
import { answerFormsOf, factsOf, namedSubjectIdsOf, truthFormsOf } from "../answers";
import type { LintContext } from "../context";
import { namesOf } from "../course-names";
import { distractorsOf, singleAnswerOf } from "../question-text";
import {
  acronymFitsInitials,
  capitalisedInitials,
  containsPhrase,
  containsStem,
  isAcronym,
  normalise,
  sameStem,
  significantWords,
} from "../text-match";
import type { LintRule, RuleFinding } from "../types";
import { parseWrittenDate } from "../value-match";

/** How often a form occurs as a word or, for one-word names, as a word with its stem. */
function occurrences(text: string, form: string): number {
  const key = normalise(form);
  if (key.length === 0) return 0;
  const words = normalise(text).split(" ");
  if (!key.includes(" ") && key.length >= 5 && !/\d/.test(key)) {
    return words.filter((w) => sameStem(w, key)).length;
  }
  const target = ` ${key} `;
  const padded = ` ${words.join(" ")} `;
  let count = 0;
  for (let at = padded.indexOf(target); at >= 0; at = padded.indexOf(target, at + 1)) count++;
  return count;
}

export const answerInPrompt: LintRule = {
  name: "answer-in-prompt",
  description:
    "The answer, or another name of it, is already written in the prompt or the statement (TRIVIAL).",
  checkQuestion(q, ctx) {
    if (q.type === "matching") {
      const given = q.answer.filter((line) => {
        const [left = "", right = ""] = line.split(" → ");
        return right.length > 0 && containsPhrase(left, right);
      });
      return given.length > 0
        ? [{ severity: "error", message: `a pair gives itself away: “${given[0]}”` }]
        : [];
    }
    if (q.type === "true-false") {
      // The author's own sentence may name a value twice in two roles; only the generator's
      // words (a label, a template) can say it twice to no purpose.
      const generated = ctx.withoutAuthored(q.statement);
      for (const values of factsOf(q, ctx)) {
        for (const group of truthFormsOf(values)) {
          const most = Math.max(
            0,
            ...group.map((form) =>
              q.answer === "True" ? occurrences(generated, form) : occurrences(q.statement, form),
            ),
          );
          const keyed = q.answer === "True" ? most >= 2 : values.single && most >= 1;
          if (keyed) {
            const form = group.find((f) => occurrences(q.statement, f) === most) ?? group[0];
            return [
              {
                severity: "error",
                message:
                  q.answer === "True"
                    ? `the statement names “${form}” twice: it asserts what it already says`
                    : `the statement names the true value “${form}” itself, so it contradicts itself`,
              },
            ];
          }
        }
      }
      return [];
    }
    if (singleAnswerOf(q) === null || q.type === "which-came-first") return [];
    for (const form of answerFormsOf(q, ctx)) {
      if (containsPhrase(q.prompt, form) || containsStem(q.prompt, form)) {
        const shown = form === singleAnswerOf(q) ? "" : ` (as “${form}”)`;
        return [
          {
            severity: "error",
            message: `the answer “${singleAnswerOf(q)}” is already in the prompt${shown}`,
          },
        ];
      }
    }
    return [];
  },
};

export const answerInCourseTitle: LintRule = {
  name: "answer-in-course-title",
  description:
    "The answer is a key word of the course title (one of the course's own subjects), so anyone can guess it (TRIVIAL).",
  checkQuestion(q, ctx) {
    const title = ctx.course.title;
    const inTitle = (form: string): boolean => {
      const key = normalise(form);
      if (key.length === 0) return false;
      if (ctx.titleWords.includes(key)) return true;
      if (/^\d+$/.test(key)) return false;
      if (significantWords(form).length > 0 && containsPhrase(title, form)) return true;
      return !key.includes(" ") && ctx.titleWords.some((w) => sameStem(w, key));
    };
    let forms: string[] = [];
    const answer = singleAnswerOf(q);
    if (answer !== null && q.type !== "which-came-first") {
      const subjects = namedSubjectIdsOf(q);
      forms = [answer];
      for (const record of ctx.names.recordsNamed(answer)) {
        if (!subjects.has(record.id)) forms.push(...namesOf(record));
      }
    } else if (q.type === "true-false" && q.answer === "True") {
      // What the statement asserts: one value, outside its subject's own name; a statement naming
      // several (the founders of a route) asserts them together, and one country of the course
      // among them gives nothing away.
      forms = factsOf(q, ctx).flatMap((values) => {
        let rest = q.statement;
        for (const name of values.record ? namesOf(values.record) : []) {
          rest = rest.split(name).join(" … ");
        }
        const named = values.refs.filter((r) => namesOf(r).some((n) => containsPhrase(rest, n)));
        return [...(named.length > 1 ? [] : named.flatMap(namesOf)), ...values.texts].filter(
          (form) => containsPhrase(q.statement, form),
        );
      });
    }
    const hit = forms.find(inTitle);
    return hit === undefined
      ? []
      : [
          {
            severity: "error",
            message: `the answer “${hit}” is a key word of the course title “${title}”`,
          },
        ];
  },
};

/** Words of prompts that say nothing about which option is right. */
const PROMPT_WORDS = new Set([
  "people",
  "person",
  "places",
  "organisation",
  "organization",
  "project",
  "document",
  "kind",
  "body",
  "figure",
  "office",
  "hold",
  "held",
  "signed",
  "based",
  "route",
  "lies",
  "party",
  "acronym",
  "stand",
  "stands",
]);

function sharedWords(option: string, prompt: ReadonlySet<string>): number {
  return new Set(significantWords(option).filter((w) => prompt.has(w) && !PROMPT_WORDS.has(w)))
    .size;
}

/** The words of the type all options share ("company", "city"), if they are all of one. */
function sharedCategoryWords(options: readonly string[], ctx: LintContext): string[] {
  const types = options.map((o) => {
    const record = ctx.names.recordsNamed(o)[0];
    return record && "type" in record ? `${record.kind}:${record.type}` : null;
  });
  const first = types[0];
  if (!first || types.some((t) => t !== first)) return [];
  return normalise(first.split(":")[1]?.replace(/-/g, " ") ?? "").split(" ");
}

/** "BS is the Brine Shipping line." / "The Northern Sea Compact is known as NSC.": an acronym and a name. */
function acronymStatement(statement: string): { acronym: string; name: string } | null {
  const forward =
    /^(?:The )?([A-Z][A-Z0-9&]{1,7}) (?:is|stands for|is short for)(?: the)?(?: acronym of)?(?: the)? (.+?)\.?$/.exec(
      statement,
    );
  if (forward?.[1] && forward[2]) return { acronym: forward[1], name: forward[2] };
  const backward =
    /^(?:The )?(.+?) is (?:known as|abbreviated(?: as)?|short for) ([A-Z][A-Z0-9&]{1,7})\.?$/.exec(
      statement,
    );
  return backward?.[1] && backward[2] ? { acronym: backward[2], name: backward[1] } : null;
}

export const answerGuessable: LintRule = {
  name: "answer-guessable",
  description:
    "The question's own words point to the answer: an acronym read off a name's initials, the only option sharing the prompt's words or year (TRIVIAL).",
  checkQuestion(q, ctx) {
    const found = (message: string): RuleFinding[] => [{ severity: "error", message }];
    if (q.type === "true-false") {
      const pair = acronymStatement(q.statement);
      if (!pair) return [];
      const initials = capitalisedInitials(pair.name).filter((i) => i.length >= 2);
      if (initials.length === 0) return [];
      const fits = initials.some((i) => acronymFitsInitials(pair.acronym, i));
      return fits === (q.answer === "True")
        ? found(`the initials of “${pair.name}” tell whether it is “${pair.acronym}”`)
        : [];
    }
    const answer = singleAnswerOf(q);
    if (answer === null || q.type === "which-came-first") return [];
    const prompt = q.prompt;
    if (isAcronym(answer)) {
      const initials = capitalisedInitials(prompt).find((i) => acronymFitsInitials(answer, i));
      if (initials) return found(`the acronym “${answer}” is the initials of a name in the prompt`);
    }
    const distractors = distractorsOf(q);
    if (distractors.length === 0) return [];
    const fits = (option: string, acronym: string) =>
      capitalisedInitials(option).some((i) => acronymFitsInitials(acronym, i));
    for (const acronym of prompt.split(/[^\p{L}\p{N}&]+/u).filter(isAcronym)) {
      if (ctx.titleWords.includes(normalise(acronym))) continue;
      if (fits(answer, acronym) && !distractors.some((d) => fits(d, acronym))) {
        return found(`only the answer “${answer}” has the initials of “${acronym}”`);
      }
    }
    const initial = /\b(\p{Lu})\.\s?_{3,}/u.exec(prompt)?.[1];
    if (initial && answer.startsWith(initial) && !distractors.some((d) => d.startsWith(initial))) {
      return found(`the initial “${initial}.” before the blank fits only the answer “${answer}”`);
    }
    const promptWords = new Set(significantWords(prompt));
    // "Which company …?" when every option is a company: the word names the category, and the
    // answer that happens to say "Company" has no clue from it.
    const category = new Set(sharedCategoryWords([answer, ...distractors], ctx));
    const own = sharedWords(answer, new Set([...promptWords].filter((w) => !category.has(w))));
    const most = Math.max(...distractors.map((d) => sharedWords(d, promptWords)));
    if (own >= 1 && most === 0) {
      return found(`only the answer “${answer}” shares words with the prompt`);
    }
    const date = parseWrittenDate(answer);
    if (date?.month !== undefined && containsPhrase(prompt, String(date.year))) {
      const sameYear = distractors.filter((d) => parseWrittenDate(d)?.year === date.year);
      if (sameYear.length === 0) {
        return found(`the prompt gives the year ${date.year}, and only the answer is in it`);
      }
    }
    return [];
  },
};
