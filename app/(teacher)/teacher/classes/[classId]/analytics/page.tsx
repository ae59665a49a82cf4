import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ReportQuestionButton } from "@/app/components/report-question";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import { examDaySchema, getClassAnalytics } from "@/lib/server/teaching/class-analytics";
import type { AssignmentBand } from "@/lib/teaching/assignment-progress";
import {
  BAND_LABELS,
  confusionSentence,
  formatPercent,
  overridesSentence,
  type SortDirection,
  STUDENT_SORT_COLUMNS,
  type StudentRow,
  type StudentSortColumn,
  sortStudentRows,
} from "@/lib/teaching/class-analytics";
import { RecallDistributionChart } from "./recall-distribution";

export const metadata: Metadata = { title: "Class analytics" };

/** The question table shows the worst ones; the CSV has every answered question. */
const QUESTIONS_SHOWN = 50;

const querySchema = z.object({
  sort: z.enum(STUDENT_SORT_COLUMNS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  exam: examDaySchema.optional().catch(undefined),
});

const COLUMN_LABELS: Record<StudentSortColumn, string> = {
  name: "Student",
  band: "Band",
  progress: "Progress",
  reviews7: "Reviews (7 d)",
  retention: "True retention (30 d)",
  lastActive: "Last active",
};

const BAND_MEANINGS: Record<AssignmentBand, string> = {
  "on-track": "finished, or progress keeping pace with the time since the assignment was set",
  behind: "started but slower than that pace, or past the due date unfinished",
  "not-started": "nothing done yet on an assignment",
};

function BandBadge({ band }: { band: AssignmentBand | null }) {
  if (band === null) return <span className="muted">No current assignment</span>;
  return <span className={`band-badge band-${band}`}>{BAND_LABELS[band]}</span>;
}

export default async function ClassAnalyticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await params;
  const user = await requireRole("teacher", `/teacher/classes/${classId}/analytics`);
  const query = querySchema.parse(await searchParams);
  // With no choice, those who need help first; a chosen column starts ascending.
  const sort = query.sort ?? "band";
  const dir: SortDirection = query.dir ?? (query.sort ? "asc" : "desc");

  const analytics = await orNotFound(
    getClassAnalytics({ teacherId: user.id, classId, now: new Date(), examDay: query.exam }),
  );

  const base = `/teacher/classes/${analytics.class.id}`;
  const exportBase = `/api/teacher/classes/${analytics.class.id}/export`;
  const students = sortStudentRows(analytics.students, sort, dir);
  const titles = new Map(analytics.assignments.map((a) => [a.id, a.title]));
  const hasAssignments = analytics.assignments.length > 0;
  const hasStudents = students.length > 0;
  const dateFormat = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeZone: analytics.timeZone,
  });

  const sortHref = (column: StudentSortColumn) => {
    const next = column === sort && dir === "asc" ? "desc" : "asc";
    const search = new URLSearchParams({ sort: column, dir: next });
    if (query.exam) search.set("exam", query.exam);
    return `${base}/analytics?${search}#students`;
  };
  const header = (column: StudentSortColumn) => (
    <th
      scope="col"
      key={column}
      aria-sort={column === sort ? (dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={sortHref(column)} className="sort-link">
        {COLUMN_LABELS[column]}
        {column === sort && <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span>}
        <span className="visually-hidden">
          {column === sort && dir === "asc" ? ", sort descending" : ", sort ascending"}
        </span>
      </Link>
    </th>
  );

  const progressCell = (row: StudentRow) => {
    const current = row.assignments.filter((a) => a.current);
    if (current.length === 0) return <span className="muted">—</span>;
    return (
      <ul className="mini-progress-list">
        {current.map(({ assignmentId, progress }) => (
          <li key={assignmentId} className="mini-progress">
            <span className="mini-progress-label">{titles.get(assignmentId)}</span>
            <span className="mini-progress-track" aria-hidden="true">
              <span
                className="mini-progress-fill"
                style={{ width: `${Math.round(progress.fraction * 100)}%` }}
              />
            </span>
            <span className="mini-progress-value">
              {progress.done}/{progress.target}
            </span>
          </li>
        ))}
      </ul>
    );
  };

  const exam = analytics.exam;
  const shownQuestions = analytics.questions.slice(0, QUESTIONS_SHOWN);

  return (
    <>
      <p>
        <Link href={base}>← {analytics.class.name}</Link>
      </p>
      <h1>Analytics: {analytics.class.name}</h1>
      <p className="lead">{analytics.class.courseTitle}</p>

      <section aria-labelledby="students">
        <h2 id="students">Students</h2>
        {!hasStudents ? (
          <p className="card">
            No students have joined yet. Give them the join code on the{" "}
            <Link href={base}>class page</Link>; their progress appears here.
          </p>
        ) : !hasAssignments ? (
          <p className="card">
            Nothing is assigned yet. Assign a deck on the <Link href={base}>class page</Link> to
            follow each student’s progress, reviews and retention.
          </p>
        ) : (
          <>
            <dl className="band-legend">
              {(Object.keys(BAND_MEANINGS) as AssignmentBand[]).map((band) => (
                <div key={band}>
                  <dt>
                    <BandBadge band={band} />
                  </dt>
                  <dd>{BAND_MEANINGS[band]}</dd>
                </div>
              ))}
            </dl>
            <p className="muted">
              A student’s band is the worst over the current assignments (not yet due, or due in the
              last 7 days). Reviews, retention and activity count answers to assigned questions
              only; true retention is the share of questions already learned that were still
              remembered.
            </p>
            <section
              className="table-scroll"
              aria-label="Students table (scrolls sideways)"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it.
              tabIndex={0}
            >
              <table className="data-table analytics-table">
                <caption>One row per student; choose a column heading to sort.</caption>
                <thead>
                  <tr>{STUDENT_SORT_COLUMNS.map(header)}</tr>
                </thead>
                <tbody>
                  {students.map((row) => (
                    <tr key={row.studentId} data-testid="student-row">
                      <th scope="row">{row.name}</th>
                      <td>
                        <BandBadge band={row.band} />
                      </td>
                      <td>{progressCell(row)}</td>
                      <td className="number">{row.reviews7}</td>
                      <td className="number">
                        {row.retention.rate === null ? (
                          <span className="muted">no data</span>
                        ) : (
                          <>
                            {formatPercent(row.retention.rate)}{" "}
                            <span className="muted">
                              ({row.retention.correct}/{row.retention.total})
                            </span>
                          </>
                        )}
                      </td>
                      <td>
                        {row.lastActive ? (
                          <time dateTime={row.lastActive.toISOString()}>
                            {dateFormat.format(row.lastActive)}
                          </time>
                        ) : (
                          <span className="muted">never</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <p>
              <a className="button" href={`${exportBase}/students`} download>
                Download CSV: students
              </a>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="questions">
        <h2 id="questions">Questions</h2>
        {!hasAssignments ? (
          <p className="muted">Assign a deck to see which of its questions the class gets wrong.</p>
        ) : shownQuestions.length === 0 ? (
          <p className="card">
            No answers to the assigned questions yet. They appear here, hardest first, as students
            study.
          </p>
        ) : (
          <>
            <p className="muted">
              Lowest share correct first, with the most common wrong answers: what to re-teach.
              {analytics.questions.length > QUESTIONS_SHOWN &&
                ` The ${QUESTIONS_SHOWN} hardest of ${analytics.questions.length}; the CSV has them all.`}{" "}
              {analytics.assignedQuestions - analytics.questions.length > 0 &&
                `${analytics.assignedQuestions - analytics.questions.length} assigned questions have no answers yet.`}
            </p>
            <section
              className="table-scroll"
              aria-label="Questions table (scrolls sideways)"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it.
              tabIndex={0}
            >
              <table className="data-table analytics-table">
                <caption>One row per answered question</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Correct</th>
                    <th scope="col">Common wrong answers</th>
                  </tr>
                </thead>
                <tbody>
                  {shownQuestions.map((q) => (
                    <tr key={q.questionId} data-testid="question-row">
                      <th scope="row" className="question-prompt">
                        {q.prompt}
                        <span className="muted"> Answer: {q.correctAnswer}</span>
                        <ReportQuestionButton
                          courseId={analytics.class.courseId}
                          questionId={q.questionId}
                          prompt={q.prompt}
                        />
                      </th>
                      <td className="number">{q.attempts}</td>
                      <td className="number">
                        {formatPercent(q.correctShare)}
                        {q.overrides > 0 && (
                          <span className="muted overrides" data-testid="overrides">
                            {overridesSentence(q.overrides)}
                          </span>
                        )}
                      </td>
                      <td>
                        {q.confusions.length === 0 ? (
                          <span className="muted">none recorded</span>
                        ) : (
                          <ul className="confusions">
                            {q.confusions.map((pair) => (
                              <li key={pair.answer}>{confusionSentence(pair, q.correctAnswer)}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <p>
              <a className="button" href={`${exportBase}/questions`} download>
                Download CSV: questions
              </a>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="exam">
        <h2 id="exam">Exam prediction</h2>
        <p className="muted">
          Predicted recall of the assigned questions at the start of the exam day if nobody reviews
          before then (questions a student never answered count as 0).
        </p>
        <form className="exam-form" method="get" action={`${base}/analytics#exam`}>
          {query.sort && <input type="hidden" name="sort" value={sort} />}
          {query.dir && <input type="hidden" name="dir" value={dir} />}
          <div className="field">
            <label htmlFor="exam-day">Exam date</label>
            <input
              id="exam-day"
              name="exam"
              type="date"
              defaultValue={query.exam}
              min={analytics.today}
              required
            />
          </div>
          <button type="submit" className="button button-primary">
            Predict
          </button>
        </form>
        {exam?.status === "past" && (
          <p className="alert alert-info">That date has passed: choose a day from today on.</p>
        )}
        {exam &&
          exam.status !== "past" &&
          (exam.mean === null ? (
            <p className="card">
              {hasStudents
                ? "Assign a deck first: the prediction is over the assigned questions."
                : "No students yet: the prediction appears when students have joined."}
            </p>
          ) : (
            <>
              <dl className="stats-row">
                <div>
                  <dt>Class mean{exam.status === "today" ? " (now)" : ""}</dt>
                  <dd data-testid="class-mean-recall">{formatPercent(exam.mean)}</dd>
                </div>
                <div>
                  <dt>Median student</dt>
                  <dd>{exam.median === null ? "—" : formatPercent(exam.median)}</dd>
                </div>
                <div>
                  <dt>Questions</dt>
                  <dd>{exam.questions}</dd>
                </div>
              </dl>
              <RecallDistributionChart distribution={exam.distribution} />
            </>
          ))}
      </section>
    </>
  );
}
