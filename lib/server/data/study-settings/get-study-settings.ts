import "server-only";
import {
  defaultSchedulerSettings,
  type SchedulerSettings,
  schedulerSettingsSchema,
} from "@/lib/scheduling";
import { db } from "../../db";

/** The user's scheduler settings, or the defaults when they never changed them. */
export async function getStudySettings(options: { userId: string }): Promise<SchedulerSettings> {
  const row = await db().studySettings.findUnique({ where: { userId: options.userId } });
  if (!row) return defaultSchedulerSettings;
  return schedulerSettingsSchema.parse({
    desiredRetention: row.desiredRetention,
    newPerDay: row.newPerDay,
    maxReviewsPerDay: row.maxReviewsPerDay,
    learningSteps: row.learningSteps,
    relearningSteps: row.relearningSteps,
    timeZone: row.timeZone,
    dayRolloverHour: row.dayRolloverHour,
  });
}
