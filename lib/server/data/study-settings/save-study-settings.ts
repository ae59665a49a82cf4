import "server-only";
import type { SchedulerSettings } from "@/lib/scheduling";
import { db } from "../../db";
import { toSettingsColumns } from "./settings-row";

/**
 * Saves the user's scheduler settings (already validated by `schedulerSettingsSchema`) as a new
 * version, in force from `now`: answers given before keep the settings of their time, so a late
 * answer never reschedules the past under today's settings. A version is never edited.
 * study_settings keeps a copy of the latest version, written in the same transaction, for readers
 * that want one row per student; the app reads the versions.
 */
export async function saveStudySettings(options: {
  userId: string;
  settings: SchedulerSettings;
  now?: Date;
}): Promise<void> {
  const { userId } = options;
  const data = toSettingsColumns(options.settings);
  const now = options.now ?? new Date();
  await db().$transaction(async (tx) => {
    // Strictly after the previous version, so two saves in one millisecond still have an order.
    const previous = await tx.studySettingsVersion.findFirst({
      where: { userId },
      orderBy: { validFrom: "desc" },
      select: { validFrom: true },
    });
    const after = (previous?.validFrom.getTime() ?? Number.NEGATIVE_INFINITY) + 1;
    const validFrom = new Date(Math.max(now.getTime(), after));
    await tx.studySettingsVersion.create({ data: { userId, validFrom, ...data } });
    await tx.studySettings.upsert({
      where: { userId },
      create: { userId, ...data },
      update: data,
    });
  });
}
