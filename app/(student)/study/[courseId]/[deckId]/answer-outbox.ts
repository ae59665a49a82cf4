import { newClientId } from "@/app/components/client-id";

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

export type SendResult =
  | { kind: "ok"; body: unknown }
  | { kind: "offline" }
  | { kind: "refused"; status: number; message: string };

/** POSTs one answer; a network failure or a 503 is "offline" (keep it and retry), a 4xx is final. */
export async function sendAnswer(answer: OutgoingAnswer): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch("/api/study/answers", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(answer),
    });
  } catch {
    return { kind: "offline" };
  }
  if (response.status === 503 || response.status === 502 || response.status === 504) {
    return { kind: "offline" };
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      (body as { error?: { message?: string } } | null)?.error?.message ??
      `The server refused this answer (${response.status}).`;
    return { kind: "refused", status: response.status, message };
  }
  return { kind: "ok", body };
}
