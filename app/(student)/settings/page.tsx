import type { Metadata } from "next";
import {
  DESIRED_RETENTION_MAX,
  DESIRED_RETENTION_MIN,
  RETENTION_TRADE_OFF,
} from "@/lib/scheduling";
import { getStudySettings } from "@/lib/server/data/study-settings/get-study-settings";
import { requireRole } from "@/lib/server/session";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Study settings" };

export default async function SettingsPage() {
  const user = await requireRole("student", "/settings");
  const settings = await getStudySettings({ userId: user.id });
  return (
    <section className="card" aria-labelledby="settings-title">
      <h1 id="settings-title">Study settings</h1>
      <SettingsForm
        retention={{
          min: DESIRED_RETENTION_MIN,
          max: DESIRED_RETENTION_MAX,
          tradeOff: RETENTION_TRADE_OFF,
        }}
        initial={{
          desiredRetention: String(settings.desiredRetention),
          newPerDay: String(settings.newPerDay),
          maxReviewsPerDay: String(settings.maxReviewsPerDay),
          learningSteps: settings.learningSteps.join(" "),
          relearningSteps: settings.relearningSteps.join(" "),
          timeZone: settings.timeZone,
          dayRolloverHour: String(settings.dayRolloverHour),
        }}
      />
    </section>
  );
}
