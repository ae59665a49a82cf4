import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/server/or-not-found";
import { getCourseReports } from "@/lib/server/reports/reports";
import { requireRole } from "@/lib/server/session";
import { ReportedQuestionCard } from "../../../reports/reported-question";

export const metadata: Metadata = { title: "Course reports" };

/** Every report and "I was right" of a course, for its maintainers (COURSE_MAINTAINERS) only. */
export default async function CourseReportsPage({
  params,
}: {
  params: Promise<{ courseId: string }>;
}) {
  const { courseId } = await params;
  const user = await requireRole("teacher", `/teacher/courses/${courseId}/reports`);
  const { course, questions } = await orNotFound(getCourseReports({ userId: user.id, courseId }));
  return (
    <>
      <p>
        <Link href="/teacher/reports">← Reports from your classes</Link>
      </p>
      <h1>All reports: {course.title}</h1>
      <p className="lead">
        Every report about the course’s questions and every wrong typed answer a student said was
        right, from all classes and students; newest first. You see them as a maintainer.
      </p>
      {questions.length === 0 ? (
        <p className="card">No reports about this course yet.</p>
      ) : (
        <div className="stack">
          {questions.map((question) => (
            <ReportedQuestionCard key={question.questionId} question={question} />
          ))}
        </div>
      )}
    </>
  );
}
