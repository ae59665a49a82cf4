import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCourse } from "@/lib/server/courses";
import { getQuestionHistory } from "@/lib/server/progress/student-progress";
import { requireRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Question history" };

export default async function QuestionHistoryPage({
  params,
}: {
  params: Promise<{ courseId: string; questionId: string }>;
}) {
  const { courseId, questionId } = await params;
  const user = await requireRole("student", `/stats/${courseId}/questions/${questionId}`);
  if (!getCourse(courseId)?.questionsById.has(questionId)) notFound();
  const { question, history } = await getQuestionHistory({ userId: user.id, courseId, questionId });
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <p>
        <Link href={`/stats/${courseId}`}>← Statistics</Link>
      </p>
      <h1>{question.prompt}</h1>
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
