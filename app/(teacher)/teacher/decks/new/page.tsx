import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { allCourses, getCourse } from "@/lib/server/courses";
import { requireRole } from "@/lib/server/session";
import { DeckEditor } from "../deck-editor";
import { deckEditorProps } from "../editor-props";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage({
  searchParams,
}: {
  searchParams: Promise<{ course?: string }>;
}) {
  const { course: courseId } = await searchParams;
  await requireRole(
    "teacher",
    courseId ? `/teacher/decks/new?course=${encodeURIComponent(courseId)}` : "/teacher/decks/new",
  );
  // Without ?course= the only course is meant; with several, the list page asks which.
  const courses = [...allCourses().keys()];
  const loaded = getCourse(courseId ?? (courses.length === 1 ? (courses[0] ?? "") : ""));
  if (!loaded) notFound();
  return (
    <>
      <p>
        <Link href="/teacher/decks">← Decks</Link>
      </p>
      <h1>New deck</h1>
      <p className="lead">From the questions of {loaded.course.title}.</p>
      <DeckEditor {...deckEditorProps(loaded)} />
    </>
  );
}
