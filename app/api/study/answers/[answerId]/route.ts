import { apiHandler } from "@/lib/server/http/api";
import { readJson } from "@/lib/server/http/validation";
import { regradeAnswer, undoAnswer } from "@/lib/server/study/review-actions";

type Context = { params: Promise<{ answerId: string }> };

/** Changes the grade of your latest answer to a question (e.g. Good → Easy). */
export const PATCH = apiHandler<Context>("student", async (request, user, { params }) => {
  const { answerId } = await params;
  return Response.json(await regradeAnswer(user.id, answerId, await readJson(request)));
});

/** Undoes your latest answer to a question: the card returns to its state before it. */
export const DELETE = apiHandler<Context>("student", async (_request, user, { params }) => {
  const { answerId } = await params;
  return Response.json(await undoAnswer(user.id, answerId));
});
