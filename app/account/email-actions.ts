"use server";

import { revalidatePath } from "next/cache";
import { changeEmailSchema } from "@/lib/auth/email-forms";
import { type FormState, fieldErrorsOf } from "@/lib/auth/forms";
import { requestEmailChange } from "@/lib/server/account-mail/request-email-change";
import { sendAfterResponse } from "@/lib/server/mail/send-after-response";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireUser } from "@/lib/server/session";

/** Sends a link to the new address; the account keeps its address until the link is followed. */
export async function changeEmailAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser("/account");
  const values = { newEmail: String(formData.get("newEmail") ?? "") };
  const parsed = changeEmailSchema.safeParse({
    newEmail: formData.get("newEmail") ?? undefined,
    emailChangePassword: formData.get("emailChangePassword") ?? undefined,
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const outcome = await orNotFound(
    requestEmailChange({
      userId: user.id,
      newEmail: parsed.data.newEmail,
      password: parsed.data.emailChangePassword,
      now: new Date(),
    }),
  );
  if (outcome.status === "wrong-password") {
    return {
      fieldErrors: { emailChangePassword: ["That is not your current password."] },
      values,
    };
  }
  if (outcome.status === "same-address") {
    return { fieldErrors: { newEmail: ["That is already your address."] }, values };
  }
  sendAfterResponse(outcome.mail);
  revalidatePath("/account");
  return {
    ok: true,
    message:
      `We sent a link to ${parsed.data.newEmail}. Your address changes when you follow it ` +
      "(within 24 hours); until then you keep the current one.",
  };
}
