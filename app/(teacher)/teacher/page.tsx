import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/app/components/notice";
import { allCourses, getCourse } from "@/lib/server/courses";
import { listTeacherClasses } from "@/lib/server/data/classes/list-teacher-classes";
import { requireRole } from "@/lib/server/session";
import { plural } from "@/lib/teaching/plural";
import { NewClassForm } from "./new-class-form";

export const metadata: Metadata = { title: "Teacher" };

export default async function TeacherHomePage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("teacher", "/teacher");
  const { notice } = await searchParams;
  const classes = await listTeacherClasses({ teacherId: user.id });
  const courses = [...allCourses().values()].map(({ course }) => ({
    id: course.id,
    title: course.title,
  }));
  return (
    <>
      <Notice code={notice} />
      <h1>Hello, {user.name}</h1>
      <section aria-labelledby="classes-title">
        <h2 id="classes-title">Your classes</h2>
        {classes.length === 0 ? (
          <p className="muted">No classes yet. Create one below, then share its join code.</p>
        ) : (
          <ul className="class-list">
            {classes.map((c) => (
              <li key={c.id} className="card" data-testid="teacher-class">
                <h3>
                  <Link href={`/teacher/classes/${c.id}`}>{c.name}</Link>
                </h3>
                <p className="muted">{getCourse(c.courseId)?.course.title ?? c.courseId}</p>
                <p className="class-counts">
                  <span>{plural(c.studentCount, "student")}</span>
                  <span>{plural(c.assignmentCount, "assignment")}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="new-class-title">
        <h2 id="new-class-title">New class</h2>
        <NewClassForm courses={courses} />
      </section>
      <p>
        <Link href="/teacher/decks">Your decks</Link>: build the question sets you assign.
      </p>
      <p>
        <Link href="/teacher/reports">Reports</Link>: questions your students flagged, and typed
        answers they said were right.
      </p>
    </>
  );
}
