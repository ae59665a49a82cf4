import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Question } from "@/lib/questions/types";
import { AppError } from "@/lib/server/errors";
import { getQuestionHistory, type ShownQuestion } from "@/lib/server/progress/student-progress";
import { requireRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Question history" };

export default async function QuestionHistoryPage({
  params,
}: {
  params: Promise<{ courseId: string; questionId: string }>;
}) {
  const { courseId, questionId } = await params;
  const user = await requireRole("student", `/stats/${courseId}/questions/${questionId}`);
  const found = await getQuestionHistory({ userId: user.id, courseId, questionId }).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const { question, history } = found;
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <p>
        <Link href={`/stats/${courseId}`}>← Statistics</Link>
      </p>
      <QuestionShown courseId={courseId} shown={question} />
      <h2>Your answers</h2>
      <p className="muted">
        {history.reviews} answers · {history.correct} right · forgotten {history.lapses}×
      </p>
      {history.entries.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Answer given</th>
              <th scope="col">Grade</th>
              <th scope="col">Next in</th>
            </tr>
          </thead>
          <tbody>
            {history.entries.map((e) => (
              <tr key={e.number}>
                <td>{when.format(e.reviewedAt)}</td>
                <td>
                  {e.mode === "flashcard" ? "(flashcard)" : (e.answerText ?? "")}{" "}
                  {e.correct ? "✓" : "✗"}
                </td>
                <td>{e.rating}</td>
                <td>{e.nextIntervalLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function QuestionText({ question }: { question: Question }) {
  return (
    <>
      <p>
        <span className="muted">Answer: </span>
        <strong>
          {Array.isArray(question.answer) ? question.answer.join(" → ") : question.answer}
        </strong>
      </p>
      <p>{question.explanation}</p>
      {question.citations.map((c) => (
        <figure key={`${c.sourceId}:${c.quote}`} className="citation">
          <blockquote>{c.quote}</blockquote>
          <figcaption>— {c.sourceTitle}</figcaption>
        </figure>
      ))}
    </>
  );
}

/** The question as the bank asks it now, or a retired one by its snapshot, labelled as such. */
function QuestionShown({ courseId, shown }: { courseId: string; shown: ShownQuestion }) {
  if (shown.status === "current") {
    return (
      <>
        <h1>{shown.question.prompt}</h1>
        <QuestionText question={shown.question} />
      </>
    );
  }
  const label = (
    <span className="retired-badge" data-testid="retired">
      retired
    </span>
  );
  if (shown.status === "retired") {
    return (
      <>
        <h1>
          {shown.prompt} {label}
        </h1>
        <p>
          <span className="muted">Answer: </span>
          <strong>{shown.answer}</strong>
        </p>
        <p className="muted">
          This question is no longer asked (the course&apos;s questions were rewritten on{" "}
          {shown.retiredAt.toISOString().slice(0, 10)}). Your answers to it stay here.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        {shown.successor.prompt} {label}
      </h1>
      <p className="muted">
        You answered this question in an earlier wording, and later in its new one:{" "}
        <Link href={`/stats/${courseId}/questions/${shown.successor.id}`}>
          your answers to the new wording
        </Link>{" "}
        carry its schedule. These answers stay here.
      </p>
      <QuestionText question={shown.successor} />
    </>
  );
}
