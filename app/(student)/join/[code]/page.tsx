import type { Metadata } from "next";
import Link from "next/link";
import { AppError } from "@/lib/server/errors";
import { requireRole } from "@/lib/server/session";
import { previewClass } from "@/lib/server/teaching/classes";
import { joinClassAction } from "../../classes/actions";

export const metadata: Metadata = { title: "Join a class" };

/** What a code (typed, linked or scanned) opens; joining is a POST from the button, never this GET. */
export default async function JoinClassPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await requireRole("student", `/join/${encodeURIComponent(code)}`);
  const found = await previewClass({ studentId: user.id, code }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!found) {
    return (
      <section className="card auth-card" aria-labelledby="join-title">
        <h1 id="join-title">No class has this code</h1>
        <p>Check the code with your teacher: it may have been replaced by a new one.</p>
        <Link href="/join" className="button button-primary">
          Enter a code
        </Link>
      </section>
    );
  }
  return (
    <section className="card auth-card" aria-labelledby="join-title">
      <h1 id="join-title">{found.name}</h1>
      <dl className="class-facts">
        <div>
          <dt>Teacher</dt>
          <dd>{found.teacherName}</dd>
        </div>
        <div>
          <dt>Course</dt>
          <dd>{found.courseTitle}</dd>
        </div>
      </dl>
      {found.alreadyMember ? (
        <>
          <p role="status" className="alert alert-info">
            You are already in this class.
          </p>
          <Link href="/classes" className="button button-primary">
            Your classes
          </Link>
        </>
      ) : (
        <form action={joinClassAction.bind(null, found.joinCode)}>
          <p className="muted">
            Your teacher will see your name, email and your answers to the questions they assign
            (including answers you gave before joining), never anything else.
          </p>
          <button type="submit" className="button button-primary button-wide">
            Join {found.name}
          </button>
        </form>
      )}
    </section>
  );
}
