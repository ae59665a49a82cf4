import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/app/components/notice";
import { currentUser } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const SIGN_IN_NOTICES = {
  "password-reset":
    "Your new password is saved, and you are signed out everywhere. Sign in with it.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{
    callbackUrl?: string;
    signedOut?: string;
    accountDeleted?: string;
    notice?: string;
  }>;
}) {
  const { callbackUrl, signedOut, accountDeleted, notice } = await searchParams;
  if (await currentUser()) redirect("/");
  return (
    <section className="card auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      {signedOut && (
        <p role="status" className="alert alert-info">
          You are signed out.
        </p>
      )}
      {accountDeleted && (
        <p role="status" className="alert alert-info">
          Your account has been deleted.
        </p>
      )}
      <Notice code={notice} messages={SIGN_IN_NOTICES} />
      <SignInForm callbackUrl={callbackUrl} />
    </section>
  );
}
