import type { Metadata } from "next";
import Link from "next/link";
import { Meter } from "@/app/components/charts/meter";
import { Notice } from "@/app/components/notice";
import { allCourses } from "@/lib/server/courses";
import { getHomeProgress } from "@/lib/server/progress/student-progress";
import { requireRole } from "@/lib/server/session";
import { getStudentAssignments, type StudentAssignment } from "@/lib/server/teaching/classes";
import { assignmentStatusLabel } from "@/lib/teaching/assignment-status-label";
import { todayIn } from "@/lib/teaching/class-forms";
import { customDeckStudyId } from "@/lib/teaching/custom-deck-id";

export const metadata: Metadata = { title: "Home" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const dueDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function StudentHomePage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("student", "/home");
  const { notice } = await searchParams;
  const now = new Date();
  const [assignments, courses] = await Promise.all([
    getStudentAssignments({ studentId: user.id, now }),
    Promise.all(
      [...allCourses().values()].map(async ({ course }) => ({
        course,
        summary: await getHomeProgress({ userId: user.id, courseId: course.id, now }),
      })),
    ),
  ]);
  return (
    <>
      <Notice code={notice} />
      <h1>Hello, {user.name}</h1>
      {assignments.length > 0 && <AssignmentsSection assignments={assignments} now={now} />}
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
      <p className="actions">
        <Link href="/settings">Study settings</Link>
        <Link href="/join">Join a class</Link>
        <Link href="/classes">Your classes</Link>
      </p>
    </>
  );
}

/** The student's assignments, soonest due first: status, progress and a button to study the deck. */
function AssignmentsSection({
  assignments,
  now,
}: {
  assignments: readonly StudentAssignment[];
  now: Date;
}) {
  return (
    <section aria-labelledby="assignments-title">
      <h2 id="assignments-title">Assignments</h2>
      <ul className="assignment-list">
        {assignments.map((a) => {
          const { progress } = a;
          const unit = progress.target === 1 ? "" : "s";
          return (
            <li key={a.id} className="card home-assignment" data-testid="home-assignment">
              <h3>{a.deckTitle}</h3>
              <p className="muted">
                {a.className} · due {dueDate.format(new Date(`${a.dueDay}T00:00:00Z`))}
              </p>
              <p
                className={`assignment-status status-${progress.status}`}
                data-status={progress.status}
              >
                {assignmentStatusLabel(progress.status, a.dueDay, todayIn(a.timeZone, now))}
              </p>
              <Meter
                label="Progress"
                value={progress.fraction}
                detail={`${progress.done} of ${progress.target} ${
                  a.goal === "reviews" ? `answer${unit}` : `question${unit} right`
                }`}
              />
              <div className="actions">
                <Link
                  href={`/study/${a.courseId}/${customDeckStudyId(a.deckId)}`}
                  className="button button-primary button-wide"
                  aria-label={`Study ${a.deckTitle}`}
                >
                  Study
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
