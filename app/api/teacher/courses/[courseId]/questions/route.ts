import { apiHandler } from "@/lib/server/http/api";
import { parseWith } from "@/lib/server/http/validation";
import { previewDeckQuestions } from "@/lib/server/teaching/decks";
import { deckQueryFromParams, deckQuerySchema } from "@/lib/teaching/deck-query";
import { idSchema } from "@/lib/teaching/id-schema";

type Context = { params: Promise<{ courseId: string }> };

/**
 * The deck editor's live view of a course's bank: `?themes=…&decades=…&kinds=…&types=…
 * &difficulties=…&q=…` (lists repeated or comma-separated), the deck's hand-made changes as
 * `added=…&removed=…`, and `offset`/`limit` (at most 100) for the page of matching questions.
 * Answers `{ count, deckCount, facets, questions }`; an unknown course is a 404.
 */
export const GET = apiHandler<Context>("teacher", async (request, _user, { params }) => {
  const courseId = parseWith(idSchema, (await params).courseId);
  const query = parseWith(deckQuerySchema, deckQueryFromParams(new URL(request.url).searchParams));
  return Response.json(previewDeckQuestions({ courseId, query }));
});
