import { z } from "zod";
import type { Question } from "./types";

/** Choice, cloze and which-came-first: the option's index, id or text. */
export const choiceResponseSchema = z.union([z.number().int().nonnegative(), z.string().min(1)]);
/** True/false: a boolean, or the option's index, id or text. */
export const trueFalseResponseSchema = z.union([
  z.boolean(),
  z.number().int().min(0).max(1),
  z.string().min(1),
]);
/** Typed: free text, bounded so a request cannot be huge. */
export const typedResponseSchema = z.string().max(500);
/** Chronology: item ids, earliest first. */
export const chronologyResponseSchema = z.array(z.string().min(1)).min(1).max(20);
/** Matching: left id → right id. */
export const matchingResponseSchema = z.record(z.string().min(1), z.string().min(1));

export type ChoiceResponse = z.infer<typeof choiceResponseSchema>;
export type TrueFalseResponse = z.infer<typeof trueFalseResponseSchema>;
export type TypedResponse = z.infer<typeof typedResponseSchema>;
export type ChronologyResponse = z.infer<typeof chronologyResponseSchema>;
export type MatchingResponse = z.infer<typeof matchingResponseSchema>;
export type QuestionResponse =
  | ChoiceResponse
  | TrueFalseResponse
  | TypedResponse
  | ChronologyResponse
  | MatchingResponse;

/** The zod schema a route handler uses to validate a response to this question. */
export function questionResponseSchema(
  question: Pick<Question, "type">,
): z.ZodType<QuestionResponse> {
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
      return choiceResponseSchema;
    case "true-false":
      return trueFalseResponseSchema;
    case "typed":
      return typedResponseSchema;
    case "chronology":
      return chronologyResponseSchema;
    case "matching":
      return matchingResponseSchema;
  }
}
