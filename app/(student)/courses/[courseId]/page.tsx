import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { DeckGroup } from "@/lib/decks/built-in-decks";
import { getCourse } from "@/lib/server/courses";
import { requireRole } from "@/lib/server/session";
import { getDeckSummaries } from "@/lib/server/study/deck-summaries";

export const metadata: Metadata = { title: "Decks" };

const GROUP_TITLES: Record<DeckGroup, string> = {
  course: "Whole course",
  theme: "By theme",
  decade: "By decade",
  kind: "By kind of fact",
};

export default async function CourseDecksPage({
  params,
}: {
  params: Promise<{ courseId: string }>;
}) {
  const { courseId } = await params;
  const user = await requireRole("student", `/courses/${courseId}`);
  if (!getCourse(courseId)) notFound();
  const { course, decks } = await getDeckSummaries({ userId: user.id, courseId, now: new Date() });
  const groups = (Object.keys(GROUP_TITLES) as DeckGroup[]).map((group) => ({
    group,
    decks: decks.filter((d) => d.group === group),
  }));
  return (
    <>
      <h1>{course.title}</h1>
      {groups.map(({ group, decks }) =>
        decks.length ? (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{GROUP_TITLES[group]}</h2>
            <ul className="deck-list">
              {decks.map((deck) => (
                <li key={deck.id} className="card deck" data-deck={deck.id}>
                  <h3>{deck.title}</h3>
                  <p className="deck-counts">
                    <span data-count="total">{deck.summary.total} questions</span>
                    <span data-count="new">{deck.summary.new} new</span>
                    <span data-count="due">{deck.summary.dueNow} due</span>
                    <span data-count="learned">{deck.summary.learned} learned</span>
                  </p>
                  <div className="actions">
                    <Link
                      href={`/study/${course.id}/${deck.id}`}
                      className="button button-primary"
                      aria-label={`Start ${deck.title}`}
                    >
                      Start
                    </Link>
                    <Link
                      href={`/study/${course.id}/${deck.id}?mode=practice`}
                      className="button"
                      aria-label={`Practise ${deck.title}`}
                    >
                      Practise
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
