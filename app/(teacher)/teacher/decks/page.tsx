import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/app/components/notice";
import { allCourses } from "@/lib/server/courses";
import { requireRole } from "@/lib/server/session";
import { listDecks } from "@/lib/server/teaching/decks";
import { plural } from "@/lib/teaching/plural";
import { duplicateDeckAction } from "./actions";
import { DeleteDeckButton } from "./delete-deck-button";

export const metadata: Metadata = { title: "Decks" };

/** What `?notice=` after a deck action says. */
const DECK_NOTICES: Record<string, string> = {
  "deck-created": "Deck created.",
  "deck-saved": "Deck saved. Students keep their progress on the questions that stayed.",
  "deck-duplicated": "Deck duplicated: the copy is first in the list.",
  "deck-deleted": "Deck deleted.",
};

export default async function TeacherDecksPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("teacher", "/teacher/decks");
  const { notice } = await searchParams;
  const decks = await listDecks(user.id);
  const courses = [...allCourses().values()].map(({ course }) => course);
  const updated = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });
  return (
    <>
      <p>
        <Link href="/teacher">← Teaching home</Link>
      </p>
      <Notice code={notice} messages={DECK_NOTICES} />
      <h1>Decks</h1>
      <p className="lead">
        Build decks from a course’s questions to assign to your classes. Editing a deck keeps your
        students’ progress on the questions that stay.
      </p>
      {courses.length === 1 && courses[0] ? (
        <p>
          <Link
            href={`/teacher/decks/new?course=${encodeURIComponent(courses[0].id)}`}
            className="button button-primary"
          >
            New deck
          </Link>
        </p>
      ) : (
        <form action="/teacher/decks/new" method="get" className="exam-form">
          <div className="field">
            <label htmlFor="new-deck-course">Course</label>
            <select id="new-deck-course" name="course">
              {courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-primary">
            New deck
          </button>
        </form>
      )}
      <section aria-labelledby="your-decks">
        <h2 id="your-decks">Your decks</h2>
        {decks.length === 0 ? (
          <p className="muted">No decks yet. Start one with “New deck”.</p>
        ) : (
          <ul className="deck-list">
            {decks.map((deck) => (
              <li key={deck.id} className="card deck" data-deck-id={deck.id}>
                <h3>{deck.title}</h3>
                <p className="muted">
                  {plural(deck.questionCount, "question")}
                  {courses.length > 1 && ` · ${deck.courseTitle}`} ·{" "}
                  {deck.assignmentCount === 0
                    ? "not assigned"
                    : `used by ${plural(deck.assignmentCount, "assignment")}`}{" "}
                  · edited {updated.format(deck.updatedAt)}
                </p>
                <div className="actions">
                  <Link
                    href={`/teacher/decks/${deck.id}`}
                    className="button"
                    aria-label={`Edit ${deck.title}`}
                  >
                    Edit
                  </Link>
                  <form action={duplicateDeckAction}>
                    <input type="hidden" name="deckId" value={deck.id} />
                    <button type="submit" className="button" aria-label={`Duplicate ${deck.title}`}>
                      Duplicate
                    </button>
                  </form>
                  <DeleteDeckButton deckId={deck.id} title={deck.title} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
