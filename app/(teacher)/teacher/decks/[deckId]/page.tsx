import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCourse } from "@/lib/server/courses";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import { getDeck } from "@/lib/server/teaching/decks";
import { DeckEditor } from "../deck-editor";
import { deckEditorProps } from "../editor-props";

export const metadata: Metadata = { title: "Edit deck" };

export default async function EditDeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await params;
  const user = await requireRole("teacher", `/teacher/decks/${deckId}`);
  const deck = await orNotFound(getDeck({ teacherId: user.id, deckId }));
  const loaded = getCourse(deck.courseId);
  if (!loaded) notFound();
  return (
    <>
      <p>
        <Link href="/teacher/decks">← Decks</Link>
      </p>
      <h1>Edit deck</h1>
      <p className="lead">
        {deck.title} · {loaded.course.title}
      </p>
      {deck.assignmentCount > 0 && (
        <p className="alert alert-info">
          {deck.assignmentCount === 1
            ? "An assignment uses this deck."
            : `${deck.assignmentCount} assignments use this deck.`}{" "}
          Students keep their progress on the questions that stay; questions you take out no longer
          count towards it, and questions you add do: a student who had answered every question
          right has new ones to do, and shows as overdue if the due date has passed.
        </p>
      )}
      <DeckEditor {...deckEditorProps(loaded, deck)} />
    </>
  );
}
