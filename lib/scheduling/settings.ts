import { z } from "zod";
import { isValidTimeZone } from "./day";

/** Shown next to the desired-retention control. */
export const RETENTION_TRADE_OFF =
  "Higher retention means you forget less but review more often; lower retention means fewer reviews but more forgetting.";

export const DESIRED_RETENTION_MIN = 0.8;
export const DESIRED_RETENTION_MAX = 0.97;

/** A (re)learning step as ts-fsrs understands it: a positive number followed by m, h or d. */
const STEP_PATTERN = /^(?:\d+(?:\.\d+)?)[mhd]$/;
export type LearningStep = `${number}${"m" | "h" | "d"}`;

function intIn(field: string, min: number, max: number, fallback: number) {
  const message = `${field} must be a whole number from ${min} to ${max}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .default(fallback);
}

function stepsOf(field: string, fallback: LearningStep[]) {
  return z
    .array(
      z
        .string({ error: `${field} entries must be strings like "1m", "10m", "1h" or "1d"` })
        .refine((step) => STEP_PATTERN.test(step) && Number.parseFloat(step) > 0, {
          error: `${field} entries must be positive durations like "1m", "10m", "1h" or "1d"`,
        })
        .transform((step) => step as LearningStep),
      { error: `${field} must be a list of steps like ["1m", "10m"]` },
    )
    .max(10, { error: `${field} may hold at most 10 steps` })
    .default(fallback);
}

const retentionMessage = `desiredRetention must be a number from ${DESIRED_RETENTION_MIN} to ${DESIRED_RETENTION_MAX}`;

/** Per-user scheduler settings; every field has a default, so `{}` parses to the defaults. */
export const schedulerSettingsSchema = z.object({
  /** Target probability of recalling a card when it comes due (FSRS `request_retention`). */
  desiredRetention: z
    .number({ error: retentionMessage })
    .min(DESIRED_RETENTION_MIN, { error: retentionMessage })
    .max(DESIRED_RETENTION_MAX, { error: retentionMessage })
    .default(0.9),
  newPerDay: intIn("newPerDay", 0, 200, 20),
  maxReviewsPerDay: intIn("maxReviewsPerDay", 1, 2000, 200),
  learningSteps: stepsOf("learningSteps", ["1m", "10m"]),
  relearningSteps: stepsOf("relearningSteps", ["10m"]),
  /** Longest interval FSRS may schedule, in days. */
  maximumInterval: intIn("maximumInterval", 1, 36500, 36500),
  /** Spread long intervals a little so cards learnt together do not stay together (seeded, see review.ts). */
  enableFuzz: z.boolean({ error: "enableFuzz must be true or false" }).default(true),
  /** Local hour at which "today" ends for daily limits and burying. */
  dayRolloverHour: intIn("dayRolloverHour", 0, 23, 4),
  timeZone: z
    .string({ error: "timeZone must be an IANA time zone such as Europe/Paris" })
    .refine(isValidTimeZone, {
      error: "timeZone must be an IANA time zone such as Europe/Paris",
    })
    .default("UTC"),
});

export type SchedulerSettings = z.output<typeof schedulerSettingsSchema>;
export type SchedulerSettingsInput = z.input<typeof schedulerSettingsSchema>;

/** The settings a new user starts with. */
export const defaultSchedulerSettings: SchedulerSettings = Object.freeze(
  schedulerSettingsSchema.parse({}),
) as SchedulerSettings;

/** One saved version of a student's settings, in force from `validFrom` until the next one's. */
export interface SettingsVersion {
  validFrom: Date;
  settings: SchedulerSettings;
}

/** The settings an answer given at `reviewedAt` is scheduled with. */
export type SettingsAt = (reviewedAt: Date) => SchedulerSettings;

/**
 * The settings in force at `at`: the last version (in `validFrom` order, as given for equal
 * times) valid from `at` or before; before the first version, the defaults.
 */
export function settingsInForceAt(
  versions: readonly SettingsVersion[],
  at: Date,
): SchedulerSettings {
  let inForce: SettingsVersion | undefined;
  for (const version of versions) {
    if (version.validFrom.getTime() > at.getTime()) continue;
    if (!inForce || version.validFrom.getTime() >= inForce.validFrom.getTime()) inForce = version;
  }
  return inForce?.settings ?? defaultSchedulerSettings;
}

/** A student's settings history as a lookup by answer time (`settingsInForceAt`). */
export function settingsHistory(versions: readonly SettingsVersion[]): SettingsAt {
  return (at) => settingsInForceAt(versions, at);
}
