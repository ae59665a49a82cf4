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

/** A v4 UUID; `crypto.randomUUID` exists only on HTTPS/localhost, so a phone on plain HTTP needs this. */
export function newAnswerId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
