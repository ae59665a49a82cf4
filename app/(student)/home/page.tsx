import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/app/components/notice";
import { allCourses } from "@/lib/server/courses";
import { getHomeProgress } from "@/lib/server/progress/student-progress";
import { requireRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Home" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export default async function StudentHomePage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("student", "/home");
  const { notice } = await searchParams;
  const now = new Date();
  const courses = await Promise.all(
    [...allCourses().values()].map(async ({ course }) => ({
      course,
      summary: await getHomeProgress({ userId: user.id, courseId: course.id, now }),
    })),
  );
  return (
    <>
      <Notice code={notice} />
      <h1>Hello, {user.name}</h1>
      {courses.map(({ course, summary }) => {
        const action = summary.continueAction;
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
                <dd data-testid="home-due">{summary.dueNow}</dd>
              </div>
              <div>
                <dt>New today</dt>
                <dd data-testid="home-new">{summary.newAvailableToday}</dd>
              </div>
              <div>
                <dt>Done today</dt>
                <dd data-testid="home-done">{summary.reviewsDoneToday}</dd>
              </div>
              <div>
                <dt>Streak</dt>
                <dd data-testid="home-streak">{summary.streak} d</dd>
              </div>
            </dl>
            {action.kind === "done" && (
              <p className="muted">
                Done for today.
                {action.nextDueAt ? ` Next review ${when.format(action.nextDueAt)}.` : ""}
              </p>
            )}
            <div className="actions">
              {action.kind === "done" ? (
                <Link
                  href={`/study/${course.id}/all?mode=practice`}
                  className="button button-primary button-wide"
                >
                  Practise
                </Link>
              ) : (
                <Link
                  href={`/study/${course.id}/all`}
                  className="button button-primary button-wide"
                >
                  {action.kind === "review" ? "Continue reviewing" : "Continue: learn new"}
                </Link>
              )}
              <Link href={`/courses/${course.id}`} className="button">
                All decks
              </Link>
              <Link href={`/stats/${course.id}`} className="button">
                Statistics
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
