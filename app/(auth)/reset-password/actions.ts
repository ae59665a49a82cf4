"use server";

import { redirect } from "next/navigation";
import { resetPasswordSchema } from "@/lib/auth/email-forms";
import { type FormState, fieldErrorsOf } from "@/lib/auth/forms";
import { resetPassword } from "@/lib/server/account-mail/reset-password";

const LINK_EXPIRED_MESSAGE =
  "This link no longer works: it was used, it expired, or a newer one was sent. Ask for a new one.";

export async function resetPasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({
    token: formData.get("token") ?? undefined,
    password: formData.get("password") ?? undefined,
    confirm: formData.get("confirm") ?? undefined,
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await resetPassword({ ...parsed.data, now: new Date() });
  if (outcome.status === "expired") return { message: LINK_EXPIRED_MESSAGE };
  if (outcome.status === "weak-password") return { fieldErrors: { password: [outcome.message] } };
  redirect("/sign-in?notice=password-reset");
}
