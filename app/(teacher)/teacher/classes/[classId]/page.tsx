import type { Metadata } from "next";
import Link from "next/link";
import { listTeacherDecks } from "@/lib/server/data/decks/list-teacher-decks";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import { getClassOverview } from "@/lib/server/teaching/classes";
import { formatJoinCode } from "@/lib/teaching/join-code";
import { plural } from "@/lib/teaching/plural";
import {
  createAssignmentAction,
  deleteAssignmentAction,
  putQuestionBackAction,
  removeStudentAction,
  renewJoinCodeAction,
} from "../../actions";
import { joinLink } from "../../join-link";
import { JoinQr } from "../../join-qr";
import { sendStudentResetAction } from "./actions";
import { AssignmentForm } from "./assignment-form";
import { StudentResetButton } from "./student-reset-button";

export const metadata: Metadata = { title: "Class" };

// Due days are calendar dates, so UTC formats them as they are; a join time is an instant, so
// its date is given in UTC and says so (the class has no zone of its own).
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const formatDay = (day: string) => dateOnly.format(new Date(`${day}T00:00:00Z`));

function goalText(goal: "all_correct" | "reviews", goalReviews: number | null): string {
  return goal === "reviews" ? `${goalReviews} answers` : "Every question right once";
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRole("teacher", `/teacher/classes/${classId}`);
  const overview = await orNotFound(
    getClassOverview({ teacherId: user.id, classId, now: new Date() }),
  );
  // Only the teacher's own decks of this class's course can be assigned to it.
  const decks = (await listTeacherDecks({ teacherId: user.id })).filter(
    (deck) => deck.courseId === overview.courseId,
  );
  const link = await joinLink(overview.joinCode);
  const students = overview.members.length;
  return (
    <>
      <p>
        <Link href="/teacher">All classes</Link>
      </p>
      <h1>{overview.name}</h1>
      <p className="lead">
        {overview.course?.course.title ?? overview.courseId} · {plural(students, "student")}
      </p>
      <p className="actions">
        <Link href={`/teacher/classes/${classId}/analytics`} className="button">
          Class analytics
        </Link>
        <Link href="/teacher/reports" className="button">
          Reports
        </Link>
      </p>

      <section className="card join-panel" aria-labelledby="join-title">
        <h2 id="join-title">Join code</h2>
        <p className="join-code" data-testid="join-code">
          {formatJoinCode(overview.joinCode)}
        </p>
        <p className="join-link">
          Students open{" "}
          <a href={link} data-testid="join-link">
            {link}
          </a>
          , or scan:
        </p>
        <JoinQr url={link} />
        <div className="actions">
          <Link href={`/teacher/classes/${classId}/code`} className="button button-primary">
            Show on projector
          </Link>
          <details className="confirm">
            <summary className="button">New code</summary>
            <p>The current code and link stop working; students already in the class stay.</p>
            <form action={renewJoinCodeAction.bind(null, classId)}>
              <button type="submit" className="button button-primary">
                Replace the code
              </button>
            </form>
          </details>
        </div>
      </section>

      <section aria-labelledby="roster-title">
        <h2 id="roster-title">Students</h2>
        {students === 0 ? (
          <p className="muted">Nobody has joined yet. Share the code or the link above.</p>
        ) : (
          <ul className="roster">
            {overview.members.map(({ student, joinedAt }) => (
              <li key={student.id} className="card roster-row" data-testid="roster-row">
                <div>
                  <strong>{student.name}</strong>
                  <span className="muted">{student.email}</span>
                  <span className="muted">
                    Joined{" "}
                    <time dateTime={joinedAt.toISOString()}>{dateOnly.format(joinedAt)} (UTC)</time>
                  </span>
                </div>
                <StudentResetButton
                  studentName={student.name}
                  action={sendStudentResetAction.bind(null, classId, student.id)}
                />
                <details className="confirm">
                  <summary className="button">
                    Remove<span className="visually-hidden"> {student.name}</span>
                  </summary>
                  <form action={removeStudentAction.bind(null, classId, student.id)}>
                    <button type="submit" className="button button-danger">
                      Remove {student.name} from the class
                    </button>
                  </form>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="assignments-title">
        <h2 id="assignments-title">Assignments</h2>
        {overview.assignments.length === 0 ? (
          <p className="muted">No assignments yet.</p>
        ) : (
          <ul className="assignment-list">
            {overview.assignments.map((a) => (
              <li key={a.id} className="card assignment-row" data-testid="assignment-row">
                <div>
                  <strong>{a.deck.title}</strong>
                  <span>Due {formatDay(a.dueDay)}</span>
                  <span className="muted">Goal: {goalText(a.goal, a.goalReviews)}</span>
                  <span data-testid="assignment-complete">
                    {students === 0
                      ? "No students yet"
                      : `${a.completeCount} of ${students} complete`}
                  </span>
                </div>
                <details className="confirm">
                  <summary className="button">
                    Delete<span className="visually-hidden"> {a.deck.title}</span>
                  </summary>
                  <p>Students keep their answers; the deck stays in your decks.</p>
                  <form action={deleteAssignmentAction.bind(null, classId, a.id)}>
                    <button type="submit" className="button button-danger">
                      Delete this assignment
                    </button>
                  </form>
                </details>
              </li>
            ))}
          </ul>
        )}
        {overview.exclusions.length > 0 && (
          <div className="card">
            <h3 id="excluded-title">Questions taken out ({overview.exclusions.length})</h3>
            <p className="muted">
              This class’s assignments do not ask them, and its goals and analytics do not count
              them. Your decks and other classes keep them.
            </p>
            <ul className="excluded-list" aria-labelledby="excluded-title">
              {overview.exclusions.map(({ questionId }) => {
                const prompt =
                  overview.course?.questionsById.get(questionId)?.prompt ??
                  "A question no longer in the bank";
                return (
                  <li key={questionId} className="excluded-row" data-testid="excluded-question">
                    <span>{prompt}</span>
                    <form action={putQuestionBackAction.bind(null, classId, questionId)}>
                      <button type="submit" className="button button-compact">
                        Put back<span className="visually-hidden">: {prompt}</span>
                      </button>
                    </form>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <div className="card">
          <h3 id="new-assignment-title">New assignment</h3>
          <AssignmentForm action={createAssignmentAction.bind(null, classId)} decks={decks} />
        </div>
      </section>
    </>
  );
}
