"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import {
  changePasswordSchema,
  deleteAccountSchema,
  renameSchema,
} from "@/lib/account/account-forms";
import { type FormState, fieldErrorsOf } from "@/lib/auth/forms";
import { changeAccountPassword, deleteAccount } from "@/lib/server/account/account";
import { refreshSession, signIn, signOut } from "@/lib/server/auth";
import { getAccount } from "@/lib/server/data/users/get-account";
import { renameUser } from "@/lib/server/data/users/rename-user";
import { AppError } from "@/lib/server/errors";
import { requireUser } from "@/lib/server/session";

/** An expected failure of the account layer as the form shows it: beside its field, or on top. */
function formError(error: unknown, values: Record<string, string> = {}): FormState {
  if (!(error instanceof AppError) || error.code === "UNAVAILABLE") throw error;
  return error.field
    ? { fieldErrors: { [error.field]: [error.message] }, values }
    : { message: error.message, values };
}

async function signedInAccount() {
  const user = await requireUser("/account");
  const account = await getAccount({ userId: user.id });
  if (!account) redirect("/sign-in?callbackUrl=%2Faccount");
  return account;
}

export async function renameAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const account = await signedInAccount();
  const values = { name: String(formData.get("name") ?? "") };
  const parsed = renameSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  await renameUser({ userId: account.id, name: parsed.data.name });
  await refreshSession({}); // the header reads the name from the session cookie
  revalidatePath("/", "layout");
  // A redirect renders the page again with the cookie just set (a plain return would render it
  // with the request's own, older cookie).
  redirect("/account?done=name");
}

export async function changePasswordAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const account = await signedInAccount();
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await changeAccountPassword({ user: account, ...parsed.data });
  } catch (error) {
    return formError(error);
  }
  // Every session, this one included, has ended: sign this one in again with the new password.
  try {
    await signIn("credentials", {
      email: account.email,
      password: parsed.data.newPassword,
      redirect: false,
    });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    redirect("/sign-in?callbackUrl=%2Faccount");
  }
  // Not a plain return: the request's own cookie is the revoked one; the redirect's is the new one.
  redirect("/account?done=password");
}

export async function deleteAccountAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const account = await signedInAccount();
  const values = { confirm: String(formData.get("confirm") ?? "") };
  const parsed = deleteAccountSchema.safeParse({
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await deleteAccount({ userId: account.id, password: parsed.data.password });
  } catch (error) {
    return formError(error, values);
  }
  await signOut({ redirectTo: "/sign-in?accountDeleted=1" });
  return { ok: true };
}
