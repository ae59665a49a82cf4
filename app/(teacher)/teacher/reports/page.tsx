import type { Metadata } from "next";
import Link from "next/link";
import { getClassReports } from "@/lib/server/reports/reports";
import { requireRole } from "@/lib/server/session";
import { ReportedQuestionCard } from "./reported-question";

export const metadata: Metadata = { title: "Reports" };

export default async function TeacherReportsPage() {
  const user = await requireRole("teacher", "/teacher/reports");
  const { questions, maintainedCourses } = await getClassReports({ teacherId: user.id });
  return (
    <>
      <p>
        <Link href="/teacher">← All classes</Link>
      </p>
      <h1>Reports</h1>
      <p className="lead">
        Questions your students (and you) reported, and wrong typed answers your students said were
        right; newest first.
      </p>
      {maintainedCourses.map((course) => (
        <p key={course.id}>
          You maintain {course.title}:{" "}
          <Link href={`/teacher/courses/${course.id}/reports`}>every report of the course</Link>.
        </p>
      ))}
      {questions.length === 0 ? (
        <p className="card">
          No reports yet. Students report a question from the feedback after answering it; you can
          report one from a deck’s question preview or from class analytics.
        </p>
      ) : (
        <div className="stack">
          {questions.map((question) => (
            <ReportedQuestionCard
              key={`${question.courseId}:${question.questionId}`}
              question={question}
            />
          ))}
        </div>
      )}
    </>
  );
}
