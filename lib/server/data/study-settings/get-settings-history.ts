import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SettingsVersion } from "@/lib/scheduling";
import { db } from "../../db";
import { SETTINGS_SELECT, toSchedulerSettings } from "./settings-row";

/**
 * Every saved version of the user's settings, oldest first (the answer path reads it inside its
 * transaction, through `client`). A student who never saved any has none: defaults throughout.
 */
export async function getSettingsHistory(options: {
  userId: string;
  client?: Prisma.TransactionClient;
}): Promise<SettingsVersion[]> {
  const rows = await (options.client ?? db()).studySettingsVersion.findMany({
    where: { userId: options.userId },
    orderBy: [{ validFrom: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { validFrom: true, ...SETTINGS_SELECT },
  });
  return rows.map(({ validFrom, ...columns }) => ({
    validFrom,
    settings: toSchedulerSettings(columns),
  }));
}
