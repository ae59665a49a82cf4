import { z } from "zod";
import { type DayKey, dayNumber, daysBetween } from "@/lib/progress/day-key";
import { isValidTimeZone, studyDayKey } from "@/lib/scheduling";
import { idSchema } from "./id-schema";

export const CLASS_NAME_MAX = 80;
export const GOAL_REVIEWS_MAX = 10_000;

export const classFormSchema = z.object({
  name: z
    .string({ error: "Enter a name for the class." })
    .trim()
    .min(1, "Enter a name for the class.")
    .max(CLASS_NAME_MAX, `Use at most ${CLASS_NAME_MAX} characters.`),
  courseId: idSchema,
});
export type ClassForm = z.infer<typeof classFormSchema>;

/** The calendar date of `now` in `timeZone` (days start at midnight for assignments). */
export function todayIn(timeZone: string, now: Date): DayKey {
  return studyDayKey(now, { timeZone, rolloverHour: 0 });
}

function isDayKey(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** An empty form field means "not given". */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** The number of answers only counts for a reviews goal; otherwise its (hidden) field is ignored. */
const dropUnusedGoalReviews = (value: unknown) =>
  typeof value === "object" && value !== null && (value as { goal?: unknown }).goal !== "reviews"
    ? { ...value, goalReviews: undefined }
    : value;

/**
 * A new assignment as the form sends it. The due day must be a real date, not before today where
 * the teacher is (`timeZone`, from their browser); a reviews goal needs its number, 1–10,000,
 * which any other goal ignores.
 */
export function assignmentFormSchema(now: Date) {
  const fields = z
    .object({
      deckId: idSchema,
      dueDay: z
        .string({ error: "Choose a due date." })
        .trim()
        .refine(isDayKey, "Choose a due date (YYYY-MM-DD)."),
      timeZone: z
        .string({ error: "Your browser did not say its time zone; reload the page." })
        .refine(isValidTimeZone, "Your browser did not say its time zone; reload the page."),
      goal: z.enum(["all_correct", "reviews"], { error: "Choose a goal." }),
      goalReviews: z.preprocess(
        blankToUndefined,
        z.coerce
          .number({ error: "Enter a number of answers." })
          .int("Enter a whole number of answers.")
          .min(1, "Ask for at least 1 answer.")
          .max(
            GOAL_REVIEWS_MAX,
            `Ask for at most ${GOAL_REVIEWS_MAX.toLocaleString("en")} answers.`,
          )
          .optional(),
      ),
    })
    .superRefine((value, ctx) => {
      if (value.goal === "reviews" && value.goalReviews === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["goalReviews"],
          message: "Enter a number of answers.",
        });
      }
      if (isDayKey(value.dueDay) && isValidTimeZone(value.timeZone)) {
        if (daysBetween(todayIn(value.timeZone, now), value.dueDay) < 0) {
          ctx.addIssue({
            code: "custom",
            path: ["dueDay"],
            message: "Choose today or a later date.",
          });
        }
      }
    })
    .transform(({ goalReviews, ...rest }) => ({ ...rest, goalReviews: goalReviews ?? null }));
  return z.preprocess(dropUnusedGoalReviews, fields);
}
export type AssignmentForm = z.output<ReturnType<typeof assignmentFormSchema>>;
