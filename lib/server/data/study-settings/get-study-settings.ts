import "server-only";
import { defaultSchedulerSettings, type SchedulerSettings } from "@/lib/scheduling";
import { db } from "../../db";
import { SETTINGS_SELECT, toSchedulerSettings } from "./settings-row";

/**
 * The user's current scheduler settings: their latest saved version (study_settings_versions is
 * the one source of truth), or the defaults when they never saved any.
 */
export async function getStudySettings(options: { userId: string }): Promise<SchedulerSettings> {
  const row = await db().studySettingsVersion.findFirst({
    where: { userId: options.userId },
    orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: SETTINGS_SELECT,
  });
  return row ? toSchedulerSettings(row) : defaultSchedulerSettings;
}
