import type { Metadata } from "next";
import Link from "next/link";
import { findAccountToken } from "@/lib/server/data/account-tokens/find-account-token";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const live =
    typeof token === "string"
      ? await findAccountToken({ token, purpose: "password_reset", now: new Date() })
      : null;
  return (
    <section className="card auth-card stack" aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      {live && typeof token === "string" ? (
        <>
          <p>
            For <strong>{live.email}</strong>. Choosing a new password signs you out on every other
            device.
          </p>
          <ResetPasswordForm token={token} email={live.email} />
        </>
      ) : (
        <>
          <p role="alert" className="alert alert-error">
            This link no longer works: it was used, it expired (links work for an hour), or a newer
            one was sent.
          </p>
          <Link href="/forgot-password" className="button button-primary">
            Ask for a new link
          </Link>
        </>
      )}
    </section>
  );
}
