import type { Metadata } from "next";
import { getStudySettings } from "@/lib/server/data/study-settings/get-study-settings";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import { getNextPracticeItem, getNextStudyItem, resolveDeck } from "@/lib/server/study/study-queue";
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
  // A built-in deck, or a teacher's deck assigned to this student; anything else is a 404.
  const { deck } = await orNotFound(resolveDeck({ userId: user.id, courseId, deckId }));
  // A practice order is seeded per visit, so each practice session shuffles differently.
  const seed = practice ? Math.floor(Math.random() * 2 ** 31) : 0;
  const initial = practice
    ? await getNextPracticeItem({ userId: user.id, courseId, deckId, seed, seen: new Set() })
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
