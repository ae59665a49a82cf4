import { newClientId } from "@/app/components/client-id";
import { decideOutbox, type OutboxDecision } from "./outbox-decision";

/**
 * Answers not yet acknowledged by the server, kept in localStorage so a dropped connection or a
 * reload loses nothing; each carries its client-made `answerId`, so resending is harmless.
 */
export interface OutgoingAnswer {
  answerId: string;
  courseId: string;
  deckId: string;
  questionId: string;
  mode: "quiz" | "flashcard" | "practice";
  response?: unknown;
  rating?: "Again" | "Hard" | "Good" | "Easy";
  responseMs: number;
  answeredAt: string;
  practiceSeed?: number;
  seen?: string[];
}

const KEY = "caspian:outbox";

function read(): OutgoingAnswer[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function pendingAnswers(courseId: string, deckId: string): OutgoingAnswer[] {
  return read().filter((a) => a.courseId === courseId && a.deckId === deckId);
}

export function keepAnswer(answer: OutgoingAnswer): void {
  localStorage.setItem(
    KEY,
    JSON.stringify([...read().filter((a) => a.answerId !== answer.answerId), answer]),
  );
}

export function forgetAnswer(answerId: string): void {
  localStorage.setItem(KEY, JSON.stringify(read().filter((a) => a.answerId !== answerId)));
}

/** The client-made id of a new answer. */
export const newAnswerId = newClientId;

/** POSTs one answer and decides what to do with it (`decideOutbox`). */
export async function sendAnswer(
  answer: OutgoingAnswer,
): Promise<{ decision: OutboxDecision; body: unknown }> {
  let response: Response;
  try {
    response = await fetch("/api/study/answers", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(answer),
    });
  } catch {
    return { decision: decideOutbox(null, Date.now()), body: null };
  }
  const body = await response.json().catch(() => null);
  const attempt = {
    status: response.status,
    retryAfter: response.headers.get("Retry-After"),
    body,
  };
  return { decision: decideOutbox(attempt, Date.now()), body };
}
