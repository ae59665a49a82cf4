"use server";

import { headers } from "next/headers";
import { forgotPasswordSchema } from "@/lib/auth/email-forms";
import { type FormState, fieldErrorsOf } from "@/lib/auth/forms";
import { requestPasswordReset } from "@/lib/server/account-mail/request-password-reset";
import { requestClientAddress } from "@/lib/server/client-address";
import { RateLimitedError } from "@/lib/server/errors";
import { limitMailRequest } from "@/lib/server/limits/request-limits";
import { sendAfterResponse } from "@/lib/server/mail/send-after-response";

/** The same answer whether or not a reset was sent; the mail, if any, goes after the response. */
export async function forgotPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") ?? undefined });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await limitMailRequest({ address: requestClientAddress(await headers()) });
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    return { message: error.message, values };
  }
  sendAfterResponse(await requestPasswordReset({ email: parsed.data.email, now: new Date() }));
  return {
    ok: true,
    message:
      `If an account with a confirmed address ${parsed.data.email} exists, we sent a link to it ` +
      "to choose a new password. The link works once, for an hour.",
    values: { email: parsed.data.email },
  };
}
