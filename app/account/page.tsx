import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getAccount } from "@/lib/server/data/users/get-account";
import { requireUser } from "@/lib/server/session";
import { Notice } from "../components/notice";
import { DeleteAccountForm } from "./delete-form";
import { EmailSection } from "./email-section";
import { NameForm } from "./name-form";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Your account" };

/** What deleting an account takes with it, by role: prisma/schema.prisma's onDelete, told plainly. */
const DELETION_EFFECTS = {
  student: [
    "Your answers, cards, study settings and question reports are deleted.",
    "You leave your classes. Class analytics are computed from members' answers, so your teachers' statistics, progress and exports will no longer include you, as if you had never answered.",
  ],
  teacher: [
    "Your classes are deleted, with their join codes, assignments and excluded questions; their students are no longer in a class, but keep their own answers and progress.",
    "Your decks and question reports are deleted.",
  ],
} as const;

/**
 * The account page, for both roles: one section per concern, each a small component. The email
 * work adds its "Email address" section in the slot below the name.
 */
/** What `?done=` confirms after an action (they redirect here, to render with the new cookie). */
const DONE_NOTICES: Readonly<Record<string, string>> = {
  name: "Name saved.",
  password:
    "Password changed. You are still signed in here; every other device has been signed out.",
};

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: string }>;
}) {
  const { done } = await searchParams;
  const user = await requireUser("/account");
  const account = await getAccount({ userId: user.id });
  if (!account) redirect("/sign-in?callbackUrl=%2Faccount");
  return (
    <div className="stack">
      <h1>Your account</h1>
      <Notice code={done} messages={DONE_NOTICES} />

      <section className="card" aria-labelledby="name-title">
        <h2 id="name-title">Profile</h2>
        <p className="muted">
          Signed in as {account.email} ({account.role}).
        </p>
        <NameForm key={account.name} name={account.name} />
      </section>

      <EmailSection userId={account.id} />

      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">Password</h2>
        <PasswordForm />
      </section>

      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">Download my data</h2>
        <p>Everything we hold about you, to keep or to take to another app.</p>
        <ul className="stack">
          <li>
            <a href="/api/account/export/data.json" download>
              All my data (JSON)
            </a>
            : profile, study settings, cards, answers, classes, decks and reports.
          </li>
          <li>
            <a href="/api/account/export/reviews.csv" download>
              My answers (CSV)
            </a>
            : one row per answer in the columns FSRS tools read (card_id, review_time in ms,
            review_rating 1–4, review_state 0–3, review_duration in ms).
          </li>
          <li>
            <a href="/api/account/export/cards.csv" download>
              My cards (CSV)
            </a>
            : each card's memory state (stability, difficulty, due date).
          </li>
        </ul>
      </section>

      <section className="card" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete my account</h2>
        <p>This cannot be undone. Download your data first if you want to keep it.</p>
        <ul>
          {DELETION_EFFECTS[account.role].map((effect) => (
            <li key={effect}>{effect}</li>
          ))}
        </ul>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
