import "server-only";
import type { SchedulerSettings } from "@/lib/scheduling";
import { db } from "../../db";

/** Stores the user's scheduler settings (already validated by `schedulerSettingsSchema`). */
export async function saveStudySettings(options: {
  userId: string;
  settings: SchedulerSettings;
}): Promise<void> {
  const { desiredRetention, newPerDay, maxReviewsPerDay, learningSteps, relearningSteps } =
    options.settings;
  const data = {
    desiredRetention,
    newPerDay,
    maxReviewsPerDay,
    learningSteps,
    relearningSteps,
    timeZone: options.settings.timeZone,
    dayRolloverHour: options.settings.dayRolloverHour,
  };
  await db().studySettings.upsert({
    where: { userId: options.userId },
    create: { userId: options.userId, ...data },
    update: data,
  });
}
