import { apiHandler } from "@/lib/server/http/api";
import { revealFlashcard } from "@/lib/server/study/review-actions";

/** The back of a flashcard (`?course=…&question=…`); self-grading then posts an answer. */
export const GET = apiHandler("student", async (request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(revealFlashcard(query));
});
