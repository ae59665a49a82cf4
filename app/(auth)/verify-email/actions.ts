"use server";

import { redirect } from "next/navigation";
import { tokenSchema } from "@/lib/auth/email-forms";
import { sendEmailVerification } from "@/lib/server/account-mail/send-email-verification";
import { confirmEmailWithToken } from "@/lib/server/data/account-tokens/confirm-email-with-token";
import { AppError } from "@/lib/server/errors";
import { sendAfterResponse } from "@/lib/server/mail/send-after-response";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireUser } from "@/lib/server/session";

/** The button on the page a confirmation link opens (a mail scanner fetching the link confirms nothing). */
export async function confirmEmailAction(token: string): Promise<void> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) redirect("/verify-email?notice=link-expired");
  let outcome: "confirmed" | "link-expired" | "address-taken";
  try {
    const confirmed = await confirmEmailWithToken({ token: parsed.data, now: new Date() });
    outcome = confirmed ? "confirmed" : "link-expired";
  } catch (error) {
    if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    outcome = "address-taken";
  }
  redirect(`/verify-email?notice=${outcome}`);
}

/** "Send a new link" for the signed-in user's own address. */
export async function resendVerificationAction(): Promise<void> {
  const user = await requireUser("/verify-email");
  sendAfterResponse(await orNotFound(sendEmailVerification({ userId: user.id, now: new Date() })));
  redirect("/verify-email?notice=sent");
}
