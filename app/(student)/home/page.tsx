import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/app/components/notice";
import { allCourses } from "@/lib/server/courses";
import { requireRole } from "@/lib/server/session";
import { getDeckSummaries } from "@/lib/server/study/deck-summaries";

export const metadata: Metadata = { title: "Home" };

export default async function StudentHomePage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("student", "/home");
  const { notice } = await searchParams;
  const now = new Date();
  const courses = await Promise.all(
    [...allCourses().keys()].map((courseId) =>
      getDeckSummaries({ userId: user.id, courseId, now }),
    ),
  );
  return (
    <>
      <Notice code={notice} />
      <h1>Hello, {user.name}</h1>
      {courses.map(({ course, decks }) => {
        const all = decks.find((d) => d.id === "all");
        if (!all) return null;
        return (
          <section
            key={course.id}
            className="card course-card"
            aria-labelledby={`course-${course.id}`}
          >
            <h2 id={`course-${course.id}`}>{course.title}</h2>
            <dl className="stats-row">
              <div>
                <dt>Due now</dt>
                <dd data-testid="home-due">{all.summary.dueNow}</dd>
              </div>
              <div>
                <dt>New</dt>
                <dd>{all.summary.new}</dd>
              </div>
              <div>
                <dt>Learned</dt>
                <dd>{all.summary.learned}</dd>
              </div>
            </dl>
            <div className="actions">
              <Link href={`/study/${course.id}/all`} className="button button-primary button-wide">
                Continue
              </Link>
              <Link href={`/courses/${course.id}`} className="button">
                All decks
              </Link>
            </div>
          </section>
        );
      })}
      <p>
        <Link href="/settings">Study settings</Link>
      </p>
    </>
  );
}
