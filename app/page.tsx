import Link from "next/link";
import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/routes";
import { currentUser } from "@/lib/server/session";

export default async function LandingPage() {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <section className="hero" aria-labelledby="hero-title">
      <h1 id="hero-title">Remember what you study.</h1>
      <p className="lead">
        Short sessions of questions built from a sourced course, immediate feedback with the quote
        behind every answer, and reviews scheduled for the day you are about to forget.
      </p>
      <div className="actions">
        <Link href="/sign-up" className="button button-primary">
          Create an account
        </Link>
        <Link href="/sign-in" className="button">
          Sign in
        </Link>
      </div>
    </section>
  );
}
