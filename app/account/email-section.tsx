import { resendVerificationAction } from "@/app/(auth)/verify-email/actions";
import { getEmailStatus } from "@/lib/server/data/account-tokens/get-email-status";
import { EmailChangeForm } from "./email-change-form";

/**
 * The account page's "Email address" section: the address, whether it is confirmed (with a button
 * for a new confirmation link), and a form to change it (the new address is confirmed by link
 * before it takes effect).
 */
export async function EmailSection({ userId }: { userId: string }) {
  const status = await getEmailStatus({ userId });
  return (
    <section className="card stack" aria-labelledby="email-section-title">
      <h2 id="email-section-title">Email address</h2>
      <p>
        <strong data-testid="account-email">{status.email}</strong>{" "}
        {status.verified ? (
          <span className="muted">· confirmed</span>
        ) : (
          <span className="muted">· not confirmed yet</span>
        )}
      </p>
      {!status.verified && (
        <form action={resendVerificationAction} className="stack">
          <p className="muted">
            Until your address is confirmed, we cannot send you a link if you forget your password.
          </p>
          <button type="submit" className="button">
            Send me a new confirmation link
          </button>
        </form>
      )}
      <details className="confirm">
        <summary className="button">Change email address</summary>
        <EmailChangeForm />
      </details>
    </section>
  );
}
