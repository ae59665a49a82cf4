import "server-only";
import { type SchedulerSettings, schedulerSettingsSchema } from "@/lib/scheduling";

/** The stored columns of a settings version (maximum interval and fuzz keep their defaults). */
export interface SettingsColumns {
  desiredRetention: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  learningSteps: string[];
  relearningSteps: string[];
  timeZone: string;
  dayRolloverHour: number;
}

export const SETTINGS_SELECT = {
  desiredRetention: true,
  newPerDay: true,
  maxReviewsPerDay: true,
  learningSteps: true,
  relearningSteps: true,
  timeZone: true,
  dayRolloverHour: true,
} as const;

export function toSettingsColumns(settings: SchedulerSettings): SettingsColumns {
  const { desiredRetention, newPerDay, maxReviewsPerDay, learningSteps, relearningSteps } =
    settings;
  const { timeZone, dayRolloverHour } = settings;
  return {
    desiredRetention,
    newPerDay,
    maxReviewsPerDay,
    learningSteps,
    relearningSteps,
    timeZone,
    dayRolloverHour,
  };
}

/** A stored row read back as settings (checked again: a row is not trusted to be valid). */
export function toSchedulerSettings(row: SettingsColumns): SchedulerSettings {
  return schedulerSettingsSchema.parse({ ...row });
}
