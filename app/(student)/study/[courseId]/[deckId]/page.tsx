import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCourse } from "@/lib/server/courses";
import { getStudySettings } from "@/lib/server/data/study-settings/get-study-settings";
import { requireRole } from "@/lib/server/session";
import { getNextPracticeItem, getNextStudyItem } from "@/lib/server/study/study-queue";
import { StudySession } from "./study-session";

export const metadata: Metadata = { title: "Study" };

const mode = (practice: boolean) => (practice ? "practice" : "review");

export default async function StudyPage({
  params,
  searchParams,
}: {
  params: Promise<{ courseId: string; deckId: string }>;
  searchParams: Promise<{ mode?: string }>;
}) {
  const { courseId, deckId } = await params;
  const practice = (await searchParams).mode === "practice";
  const user = await requireRole("student", `/study/${courseId}/${deckId}`);
  const deck = getCourse(courseId)?.decksById.get(deckId);
  if (!deck) notFound();
  // A practice order is seeded per visit, so each practice session shuffles differently.
  const seed = practice ? Math.floor(Math.random() * 2 ** 31) : 0;
  const initial = practice
    ? getNextPracticeItem({ courseId, deckId, seed, seen: new Set() })
    : await getNextStudyItem({
        userId: user.id,
        courseId,
        deckId,
        settings: await getStudySettings({ userId: user.id }),
        now: new Date(),
      });
  return (
    <StudySession
      key={`${mode(practice)}:${seed}`}
      courseId={courseId}
      deckId={deckId}
      deckTitle={deck.title}
      mode={mode(practice)}
      practiceSeed={seed}
      initial={initial}
    />
  );
}
