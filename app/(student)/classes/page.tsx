import type { Metadata } from "next";
import Link from "next/link";
import { getCourse } from "@/lib/server/courses";
import { listStudentClasses } from "@/lib/server/data/classes/list-student-classes";
import { requireRole } from "@/lib/server/session";
import { leaveClassAction } from "./actions";

export const metadata: Metadata = { title: "Your classes" };

export default async function ClassesPage({
  searchParams,
}: {
  searchParams: Promise<{ joined?: string; left?: string }>;
}) {
  const user = await requireRole("student", "/classes");
  const { joined, left } = await searchParams;
  const classes = await listStudentClasses({ studentId: user.id });
  const joinedClass = classes.find((c) => c.id === joined);
  return (
    <>
      {joinedClass && (
        <p role="status" className="alert alert-info">
          You joined {joinedClass.name}.
        </p>
      )}
      {left && (
        <p role="status" className="alert alert-info">
          You left the class.
        </p>
      )}
      <h1>Your classes</h1>
      {classes.length === 0 ? (
        <p className="muted">You are not in a class yet.</p>
      ) : (
        <ul className="class-list">
          {classes.map((c) => (
            <li key={c.id} className="card" data-testid="student-class">
              <h2>{c.name}</h2>
              <p className="muted">
                {c.teacherName} · {getCourse(c.courseId)?.course.title ?? c.courseId}
              </p>
              <details className="confirm">
                <summary className="button">
                  Leave<span className="visually-hidden"> {c.name}</span>
                </summary>
                <p>Your answers stay yours; you can join again with the code.</p>
                <form action={leaveClassAction.bind(null, c.id)}>
                  <button type="submit" className="button button-danger">
                    Leave {c.name}
                  </button>
                </form>
              </details>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/join" className="button button-primary">
          Join a class
        </Link>
      </p>
    </>
  );
}
