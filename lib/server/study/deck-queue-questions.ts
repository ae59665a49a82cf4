import "server-only";
import { siblingKeysOf } from "@/lib/questions/siblings";
import type { Question } from "@/lib/questions/types";
import type { QueueQuestion } from "@/lib/scheduling";

const cache = new WeakMap<object, readonly QueueQuestion[]>();

/**
 * A deck's questions as the study queue reads them, in deck order, leaving out ids no longer in the
 * bank. Every answer and every "next" walks the whole deck, so the list is built once per deck
 * object and reused: a built-in deck lives as long as the process and never changes in place (a
 * teacher's deck is resolved afresh on each request, so its list is too).
 */
export function deckQueueQuestions(
  deck: { questionIds: readonly string[] },
  questionsById: ReadonlyMap<string, Question>,
): readonly QueueQuestion[] {
  let questions = cache.get(deck);
  if (!questions) {
    questions = deck.questionIds.flatMap((id) => {
      const q = questionsById.get(id);
      return q
        ? [{ id: q.id, type: q.type, siblingKeys: siblingKeysOf(q), themes: q.tags.themes }]
        : [];
    });
    cache.set(deck, questions);
  }
  return questions;
}
