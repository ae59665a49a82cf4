import type { Metadata } from "next";
import Link from "next/link";
import { withCallback } from "../../with-callback";

export const metadata: Metadata = { title: "Check your email" };

/** Where sign-up lands, whether the address was new or already had an account (it must not say). */
export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  return (
    <section className="card auth-card stack" aria-labelledby="check-email-title">
      <h1 id="check-email-title">Check your email</h1>
      <p role="status" className="alert alert-info">
        We sent a message to the address you gave.
      </p>
      <p>
        If the account is new, the message has a link to confirm your address, and you can sign in
        with your password now. If you had signed up with this address before, the message says what
        to do.
      </p>
      <Link href={withCallback("/sign-in", callbackUrl)} className="button button-primary">
        Sign in
      </Link>
      <p className="muted">
        No message after a few minutes? Look in your spam folder, or{" "}
        <Link href="/sign-up">sign up again</Link> with the right address.
      </p>
    </section>
  );
}
