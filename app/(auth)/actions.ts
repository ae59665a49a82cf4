"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { type FormState, fieldErrorsOf, signInSchema, signUpSchema } from "@/lib/auth/forms";
import { homePathFor, roleForPath, safeCallbackPath } from "@/lib/auth/routes";
import { defaultSchedulerSettings, isValidTimeZone } from "@/lib/scheduling";
import { signIn, signOut } from "@/lib/server/auth";
import { requestClientAddress } from "@/lib/server/client-address";
import { saveStudySettings } from "@/lib/server/data/study-settings/save-study-settings";
import { createUser, EmailTakenError } from "@/lib/server/data/users/create-user";
import { rateLimitSettings } from "@/lib/server/env";
import { RateLimitedError } from "@/lib/server/errors";
import { limitSignUp } from "@/lib/server/limits/request-limits";

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
  try {
    const { id } = await createUser(parsed.data);
    const timeZone = String(formData.get("timeZone") ?? "");
    if (parsed.data.role === "student" && isValidTimeZone(timeZone)) {
      await saveStudySettings({ userId: id, settings: { ...defaultSchedulerSettings, timeZone } });
    }
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    return {
      fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
      values,
    };
  }
  const message = await signInOrMessage(parsed.data.email, parsed.data.password);
  if (message) return { message, values };
  // Back where sign-in was asked for (a scanned /join/CODE), unless it is the other role's area.
  const home = homePathFor(parsed.data.role);
  const callback = safeCallbackPath(formData.get("callbackUrl"), home);
  const area = roleForPath(new URL(callback, "http://local").pathname);
  redirect(area && area !== parsed.data.role ? home : callback);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
