"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/auth/forms";
import { schedulerSettingsSchema } from "@/lib/scheduling";
import { saveStudySettings } from "@/lib/server/data/study-settings/save-study-settings";
import { requireRole } from "@/lib/server/session";

const steps = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean);

/** Form fields → the settings schema's input; numbers stay numbers so its messages apply. */
function fromForm(formData: FormData) {
  const number = (name: string) => {
    const raw = String(formData.get(name) ?? "").trim();
    return raw === "" ? undefined : Number(raw);
  };
  return {
    desiredRetention: number("desiredRetention"),
    newPerDay: number("newPerDay"),
    maxReviewsPerDay: number("maxReviewsPerDay"),
    learningSteps: steps(formData.get("learningSteps")),
    relearningSteps: steps(formData.get("relearningSteps")),
    timeZone: String(formData.get("timeZone") ?? "").trim() || undefined,
    dayRolloverHour: number("dayRolloverHour"),
  };
}

export async function saveSettingsAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireRole("student", "/settings");
  const values = Object.fromEntries(
    [...formData.entries()].map(([k, v]) => [k, String(v)]),
  ) as Record<string, string>;
  const parsed = schedulerSettingsSchema.safeParse(fromForm(formData));
  if (!parsed.success) {
    return {
      fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      values,
    };
  }
  await saveStudySettings({ userId: user.id, settings: parsed.data });
  revalidatePath("/", "layout");
  return { ok: true, message: "Settings saved.", values };
}
