import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/app/components/notice";
import { findAccountToken } from "@/lib/server/data/account-tokens/find-account-token";
import { getEmailStatus } from "@/lib/server/data/account-tokens/get-email-status";
import { currentUser } from "@/lib/server/session";
import { confirmEmailAction, resendVerificationAction } from "./actions";

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

const NOTICES = {
  confirmed: "Your email address is confirmed.",
  sent: "We sent a new link to your address. It works once, for 24 hours.",
  "link-expired":
    "This link no longer works: it was used, it expired (links work for 24 hours), or a newer one was sent.",
  "address-taken": "That address now belongs to another account, so it was not added to yours.",
} as const;

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; notice?: string }>;
}) {
  const { token, notice } = await searchParams;
  const live =
    typeof token === "string"
      ? await findAccountToken({ token, purpose: "email_verification", now: new Date() })
      : null;
  const user = await currentUser();
  const status = user ? await getEmailStatus({ userId: user.id }).catch(() => null) : null;
  const linkDead = typeof token === "string" && !live;
  return (
    <section className="card auth-card stack" aria-labelledby="verify-title">
      <h1 id="verify-title">Confirm your email address</h1>
      <Notice code={notice} messages={NOTICES} />
      {live && typeof token === "string" ? (
        <form action={confirmEmailAction.bind(null, token)} className="stack">
          <p>
            Confirm that <strong>{live.email}</strong> is your address. We only send a link to
            choose a new password to a confirmed address.
          </p>
          <button type="submit" className="button button-primary">
            Confirm my address
          </button>
        </form>
      ) : (
        <>
          {linkDead && (
            <p role="alert" className="alert alert-error">
              {NOTICES["link-expired"]}
            </p>
          )}
          {status && !status.verified && (
            <form action={resendVerificationAction} className="stack">
              <p>
                <strong>{status.email}</strong> is not confirmed yet. Until it is, we cannot send
                you a link if you forget your password.
              </p>
              <button type="submit" className="button button-primary">
                Send me a new link
              </button>
            </form>
          )}
          {status?.verified && (
            <p>
              <strong>{status.email}</strong> is confirmed.
            </p>
          )}
          {!user && (
            <p>
              <Link href="/sign-in?callbackUrl=%2Fverify-email">Sign in</Link> to have a new link
              sent to your address.
            </p>
          )}
          {user && (
            <Link href="/" className="button">
              Continue
            </Link>
          )}
        </>
      )}
    </section>
  );
}
