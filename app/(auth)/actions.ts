"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { type FormState, fieldErrorsOf, signInSchema, signUpSchema } from "@/lib/auth/forms";
import { safeCallbackPath } from "@/lib/auth/routes";
import { registerAccount } from "@/lib/server/account-mail/register-account";
import { signIn, signOut } from "@/lib/server/auth";
import { requestClientAddress } from "@/lib/server/client-address";
import { rateLimitSettings } from "@/lib/server/env";
import { RateLimitedError } from "@/lib/server/errors";
import { limitSignUp } from "@/lib/server/limits/request-limits";
import { sendAfterResponse } from "@/lib/server/mail/send-after-response";
import { withCallback } from "./with-callback";

function formValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")]));
}

/** Signs in with the credentials provider; returns a message for the form when it fails. */
async function signInOrMessage(email: string, password: string): Promise<string | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const throttled = /^throttled:(\d+)$/.exec(error.code);
    if (throttled) return `Too many sign-in attempts. Try again in ${throttled[1]} s.`;
    return "Wrong email or password.";
  }
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const message = await signInOrMessage(parsed.data.email, parsed.data.password);
  if (message) return { message, values };
  redirect(safeCallbackPath(formData.get("callbackUrl"), "/"));
}

/**
 * Creates the account, or, if the address has one, mails its owner instead: the answer ("check
 * your email") is the same either way, so sign-up does not tell who has an account. Nobody is
 * signed in here; the new user signs in with their password (confirming the address by its link
 * is what lets a reset be sent to it later).
 */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email", "role"]);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await limitSignUp({
      address: requestClientAddress(await headers()),
      perHour: rateLimitSettings().signUpsPerHour,
    });
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    return { message: error.message, values };
  }
  const mail = await registerAccount({
    input: parsed.data,
    timeZone: String(formData.get("timeZone") ?? ""),
    now: new Date(),
  });
  sendAfterResponse(mail);
  // Back where sign-in was asked for (a scanned /join/CODE) once they sign in.
  const callback = safeCallbackPath(formData.get("callbackUrl"), "");
  redirect(withCallback("/sign-up/check-email", callback || undefined));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
