import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string; accountDeleted?: string }>;
}) {
  const { callbackUrl, signedOut, accountDeleted } = await searchParams;
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
      <SignInForm callbackUrl={callbackUrl} />
    </section>
  );
}
