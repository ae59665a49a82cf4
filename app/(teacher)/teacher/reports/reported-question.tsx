import Link from "next/link";
import { REPORT_REASON_LABELS } from "@/lib/reports/report-input";
import type { ClassStanding, ReportedQuestion } from "@/lib/server/reports/reports";
import {
  confusionSentence,
  formatPercent,
  overridesSentence,
} from "@/lib/teaching/class-analytics";
import { TYPE_LABELS } from "../decks/editor-props";
import { ExclusionPicker } from "../exclusion-picker";

// A report is an instant; the teacher's zone is not known here, so it is given in UTC and says so.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const when = (date: Date) => (
  <time dateTime={date.toISOString()}>{dateTime.format(date)} (UTC)</time>
);

const typeLabel = (type: string) => TYPE_LABELS[type as keyof typeof TYPE_LABELS] ?? type;

function Standing({ standing }: { standing: ClassStanding }) {
  const { figures } = standing;
  let text: string;
  if (standing.excluded) text = "taken out of its assignments";
  else if (!standing.assigned) text = "not assigned";
  else if (!figures) text = "no answers yet";
  else {
    text = [
      `${figures.attempts} ${figures.attempts === 1 ? "attempt" : "attempts"}, ${formatPercent(figures.correctShare)} correct`,
      ...figures.confusions.map((pair) => confusionSentence(pair, figures.correctAnswer)),
      ...(figures.overrides > 0 ? [overridesSentence(figures.overrides)] : []),
    ].join("; ");
  }
  return (
    <li className="class-figure" data-testid="class-standing">
      <strong>{standing.className}</strong>: {text}
    </li>
  );
}

/**
 * A reported question as a teacher judges it: the question in full (or as it was reported, when
 * the bank no longer has it) with its sources, every report and "I was right" about it, how each
 * of the teacher's classes answered it, and the classes to take it out of.
 */
export function ReportedQuestionCard({
  question,
  current,
}: {
  question: ReportedQuestion;
  /** The report the page is about, marked in the list. */
  current?: string;
}) {
  const { view } = question;
  const headingId = `reported-${question.questionId}`;
  return (
    <article
      className="card report-card"
      aria-labelledby={headingId}
      data-testid="reported-question"
    >
      <p className="report-meta muted">
        {typeLabel(view.type)} · {question.courseTitle}
      </p>
      <h2 id={headingId}>{view.prompt}</h2>
      {!view.inBank && (
        <p className="alert alert-info">
          This question is no longer in the bank: here it is as it was reported.
        </p>
      )}
      {view.optionGroups.map((group) => (
        <div key={group.label}>
          <h3>{group.label}</h3>
          <ul>
            {group.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        <span className="muted">Answer: </span>
        <strong className="preserve-lines">{view.answer}</strong>
      </p>
      {view.explanation && <p>{view.explanation}</p>}
      {view.citations.length > 0 && (
        <section aria-label="Sources">
          <h3>Sources</h3>
          {view.citations.map((citation) => (
            <figure key={`${citation.sourceId}:${citation.quote}`} className="citation">
              <blockquote>{citation.quote}</blockquote>
              <figcaption>— {citation.sourceTitle}</figcaption>
            </figure>
          ))}
        </section>
      )}

      {question.reports.length > 0 && (
        <>
          <h3>Reports ({question.reports.length})</h3>
          <ul className="report-list">
            {question.reports.map((report) => (
              <li
                key={report.id}
                className="report-item"
                data-testid="report"
                aria-current={report.id === current ? "true" : undefined}
              >
                <strong>{REPORT_REASON_LABELS[report.reason]}</strong>
                {report.note && <blockquote>“{report.note}”</blockquote>}
                <p className="report-meta">
                  {report.authorName} ({report.authorRole}) · {when(report.createdAt)}
                  {report.id !== current && (
                    <>
                      {" · "}
                      <Link href={`/teacher/reports/${report.id}`}>
                        Open<span className="visually-hidden"> this report</span>
                      </Link>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      {question.overrides.length > 0 && (
        <>
          <h3>Said they were right ({question.overrides.length})</h3>
          <ul className="report-list">
            {question.overrides.map((o) => (
              <li key={o.answerId} className="report-item" data-testid="override">
                <span className="muted">Answered </span>“{o.answerText ?? ""}”
                <p className="report-meta">
                  {o.studentName}
                  {o.className ? `, ${o.className}` : ""} · {when(o.overriddenAt)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      {question.classes.length > 0 && (
        <>
          <h3>Your classes</h3>
          <ul className="class-figures">
            {question.classes.map((standing) => (
              <Standing key={standing.classId} standing={standing} />
            ))}
          </ul>
          {view.inBank && (
            <ExclusionPicker
              courseId={question.courseId}
              questionId={question.questionId}
              initial={question.classes.map(({ figures: _, ...choice }) => choice)}
              refreshOnSave
            />
          )}
        </>
      )}
    </article>
  );
}
