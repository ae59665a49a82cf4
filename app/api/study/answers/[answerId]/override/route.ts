import { apiHandler } from "@/lib/server/http/api";
import { overrideAnswer } from "@/lib/server/study/review-actions";

type Context = { params: Promise<{ answerId: string }> };

/**
 * "I was right": disputes the grading of your latest answer to a typed question, graded wrong.
 * Recorded once (repeating it changes nothing); the answer stays wrong for analytics.
 */
export const POST = apiHandler<Context>("student", async (_request, user, { params }) => {
  const { answerId } = await params;
  return Response.json(await overrideAnswer(user.id, answerId, new Date()));
});
