import type { LintRule } from "../types";
import { ambiguousAnswer } from "./ambiguous-answer";
import { answerGuessable, answerInCourseTitle, answerInPrompt } from "./answer-given-away";
import { balance } from "./balance";
import { citationMissingAnswer } from "./citation-support";
import { clozeForm } from "./cloze";
import { distractorCategory, distractorEra } from "./distractors";
import { explanation } from "./explanation";
import { generalKnowledge } from "./general-knowledge";
import { grammar } from "./grammar";
import { notAnOffice } from "./office-category";
import { headlineFragment, labelAsSentence, templateText } from "./template-text";
import { unsupportedValue } from "./unsupported-value";

/** Every rule, in the order reports list them. */
export const LINT_RULES: readonly LintRule[] = [
  answerInPrompt,
  answerInCourseTitle,
  answerGuessable,
  templateText,
  labelAsSentence,
  headlineFragment,
  generalKnowledge,
  distractorCategory,
  distractorEra,
  ambiguousAnswer,
  notAnOffice,
  unsupportedValue,
  clozeForm,
  citationMissingAnswer,
  explanation,
  grammar,
  balance,
];
