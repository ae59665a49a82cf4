/**
 * General knowledge instead of the course (TRIVIAL): where a place is, what kind of thing
 * something is, what an acronym stands for, a city's other names asked as trivia.
 */
import { factsOf } from "../answers";
import type { LintRule, RuleFinding } from "../types";

const WHERE_IS = /^Where is (?!.*\bbased\b)(?:the )?(.+?)(?: located)?\?$/i;
const WHAT_KIND =
  /\bWhat (?:kind|type|sort) of (?:place|body|organi[sz]ation|project|institution|document|event|thing)\b/i;
const STANDS_FOR = /\b(?:What does (?:the acronym )?\S+ stand for|stands? for)\b/;
const OTHER_NAME =
  /\b(?:other name has|has also been called|formerly (?:known as|called)|also known as)\b/i;

export const generalKnowledge: LintRule = {
  name: "general-knowledge",
  description:
    "Asks general knowledge rather than the course: where a place is, what kind of thing X is, what an acronym stands for, a city's other names (TRIVIAL).",
  checkQuestion(q, ctx) {
    const found = (message: string, severity: RuleFinding["severity"] = "error"): RuleFinding[] => [
      { severity, message },
    ];
    const sentence = q.type === "true-false" ? q.statement : q.prompt;
    const where = WHERE_IS.exec(q.prompt);
    if (where?.[1] && ctx.names.recordsNamed(where[1]).some((r) => r.kind === "place")) {
      return found(`asks where the place “${where[1]}” is: geography, not the course`);
    }
    if (WHAT_KIND.test(q.prompt)) return found("asks what kind of thing something is");
    if (STANDS_FOR.test(sentence)) return found("asks what an acronym stands for");
    for (const values of factsOf(q, ctx)) {
      const record = values.record;
      if (!record) continue;
      if (record.kind === "place" && values.field === "within") {
        return found(`asks where the place “${record.name}” lies: geography, not the course`);
      }
      if (values.field === "type") return found("asks what kind of thing something is");
      if (values.field === "full-name") return found("asks what an acronym stands for");
      if (record.kind === "place" && values.field === "names") {
        const dated = record.names.slice(1).some((n) => n.period !== null);
        return dated
          ? found(
              `asks another name of “${record.name}”: trivia unless the renaming is the point`,
              "warning",
            )
          : found(`asks another name of “${record.name}” as trivia`);
      }
    }
    if (OTHER_NAME.test(sentence) && ctx.recordsIn(sentence).some((r) => r.kind === "place")) {
      return found("asks a place's other name as trivia");
    }
    return [];
  },
};
