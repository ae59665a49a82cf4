/**
 * Public surface of the question engine (pure: no I/O, no clock, randomness from a seed).
 *
 * Pipeline: a normalised `Course` → `facts/` (one askable field of a record, with its claims)
 * → `asks/` (one value of a fact asked one way; disputes, errata and precision are handled
 * here) → `templates/` (multiple choice, true/false, typed, cloze from asks; chronology,
 * which-came-first and matching from groups of facts; questions about disagreements) →
 * `generateQuestionBank` (leak filter, de-duplication). `checkAnswer` explains every verdict.
 */
export { checkAnswer } from "./check-answer";
export { checkTypedAnswer } from "./check-typed-answer";
export { type Flashcard, toFlashcard } from "./flashcard";
export { factIdsOf, generateQuestionBank } from "./generate-question-bank";
export { bankToMarkdown } from "./markdown";
export { type PublicQuestion, toPublicQuestion } from "./public-question";
export * from "./response-schemas";
export * from "./types";
