/**
 * Ungrammatical English in generated text (NONSENSE): doubled words, "a"/"an" before the wrong
 * sound, a missing article before a role ("X was Islander poet"), a sentence starting in lower case.
 * Typography (doubled spaces, " ,", a question without "?") is AWKWARD. Cited quotations are the
 * sources' words and are not checked.
 */
import type { LintContext } from "../context";
import { choicesOf, explanationBody, withoutSourceQuotes } from "../question-text";
import type { LintRule, RuleFinding } from "../types";

const DOUBLED = /\b(the|a|an|of|in|on|to|and|was|is|by|for|at|with|from)\s+\1\b/i;

/** Words spelt with a vowel that start with a consonant sound ("a university", "a one-off"). */
const YOU_SOUND = /^(?:uni|use|usu|uti|ura|ure|uro|euro|eu|ewe|one\b|one-|once|ukr|uga|ubi)/i;
/** Words spelt with a consonant that start with a vowel sound ("an hour"). */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

function articleError(text: string): string | null {
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}'’.-])(a|an|A|An)\s+([\p{L}][\p{L}\p{N}'’-]*)/gu)) {
    const [, , article = "", word = ""] = m;
    if (/^A/.test(article)) {
      const before = text.slice(0, m.index + (m[1]?.length ?? 0)).trimEnd();
      if (before.length > 0 && !/[.?!:“"(]$/.test(before)) continue;
    }
    if (word.length < 2 || /^[\p{Lu}\d]{2,}$/u.test(word) || /^\p{Lu}\p{Lu}/u.test(word)) continue;
    const an = article.toLowerCase() === "an";
    const vowelSound = (/^[aeiou]/i.test(word) && !YOU_SOUND.test(word)) || SILENT_H.test(word);
    if (an && !vowelSound) return `“${article} ${word}”: use “a”`;
    if (!an && vowelSound) return `“${article} ${word}”: use “an”`;
  }
  return null;
}

const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|ca?|e\.g|i\.e|vs|St|Dr|Mr|Mrs|Ms|No|pp?|approx|etc|al|Jr|Sr|Co|Inc|Ltd)\.$/u;

function lowerCaseSentence(text: string): string | null {
  const sentences = text.split(/(?<=[.?!])\s+/);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = (sentences[i] ?? "").replace(/^[\s“"'‘([]+/, "");
    if (i > 0 && ABBREVIATION.test(sentences[i - 1] ?? "")) continue;
    if (/^\p{Ll}/u.test(sentence)) return sentence.split(" ").slice(0, 4).join(" ");
  }
  return null;
}

/** "X was island poet and philosopher": a role without an article (offices "of" something may go without). */
function missingArticle(text: string, ctx: LintContext): string | null {
  for (const m of text.matchAll(/\b(?:was|is)\s+([^.?!;:(]+)/g)) {
    const role = (m[1] ?? "").trim();
    if (/^(?:the|a|an)\s/i.test(role) || /\bof\b/.test(role)) continue;
    if (ctx.names.rolesTitled(role).length > 0) return role;
  }
  return null;
}

const INSTRUCTION = /^(?:Match|Put|Complete|Order|Arrange|Sort|Pair|True or false)\b/;

export const grammar: LintRule = {
  name: "grammar",
  description:
    "Ungrammatical English: doubled words, a/an misuse, a missing article, a lower-case sentence (errors); doubled spaces, stray “ ,”, a question without “?” (warnings).",
  checkQuestion(q, ctx) {
    const findings: RuleFinding[] = [];
    const add = (severity: RuleFinding["severity"], message: string) => {
      if (!findings.some((f) => f.message === message)) findings.push({ severity, message });
    };
    const prompt = withoutSourceQuotes(q.prompt, q.citations);
    const explanation = withoutSourceQuotes(explanationBody(q), q.citations);
    const sentences = [prompt, explanation];
    for (const text of [...sentences, ...choicesOf(q)]) {
      const doubled = DOUBLED.exec(text);
      if (doubled) add("error", `doubled word “${doubled[0]}”`);
      const article = articleError(text);
      if (article) add("error", article);
      if (/\S {2,}\S/.test(text)) add("warning", "doubled space");
      const stray = / [,.;:!?](?=\s|$)/.exec(text);
      if (stray) add("warning", `space before “${stray[0].trim()}”`);
    }
    for (const text of sentences) {
      const lower = lowerCaseSentence(text);
      if (lower) add("error", `sentence starts in lower case: “${lower}…”`);
      const role = missingArticle(text, ctx);
      if (role) add("error", `missing article before “${role}”`);
    }
    const trimmed = q.prompt.trim();
    if (
      q.type !== "true-false" &&
      q.type !== "cloze" &&
      !INSTRUCTION.test(trimmed) &&
      !trimmed.endsWith("?")
    ) {
      add("warning", "the question does not end with “?”");
    }
    return findings;
  },
};
