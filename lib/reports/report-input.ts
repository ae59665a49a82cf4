import { z } from "zod";
import { idSchema } from "@/lib/teaching/id-schema";

/** Why someone reports a question; stored as the `ReportReason` enum. */
export const REPORT_REASONS = ["wrong", "unclear", "too_easy", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  wrong: "The answer is wrong",
  unclear: "The question is unclear",
  too_easy: "Too easy",
  other: "Something else",
};

/** The longest note a report keeps (a CHECK constraint holds the table to it too). */
export const REPORT_NOTE_MAX = 500;

/**
 * A report as a client sends it. `clientId` is made by the client for each report, so a
 * resubmission (a double tap, a retry) is recorded once; an empty note is no note.
 */
export const reportInputSchema = z.object({
  clientId: z.uuid({ error: "must be a UUID made by the client for this report" }),
  courseId: idSchema,
  questionId: idSchema,
  reason: z.enum(REPORT_REASONS, { error: "must be wrong, unclear, too_easy or other" }),
  note: z
    .string({ error: "must be text" })
    .trim()
    .max(REPORT_NOTE_MAX, `must be at most ${REPORT_NOTE_MAX} characters`)
    .nullish()
    .transform((note) => (note ? note : null)),
});
export type ReportInput = z.input<typeof reportInputSchema>;
