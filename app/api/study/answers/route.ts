import { apiHandler } from "@/lib/server/http/api";
import { readJson } from "@/lib/server/http/validation";
import { answerQuestion } from "@/lib/server/study/answer-question";

/** Records one answer (idempotent by its client-made `answerId`) and returns feedback + what's next. */
export const POST = apiHandler("student", async (request, user) => {
  const feedback = await answerQuestion(user.id, await readJson(request), new Date());
  return Response.json(feedback, { status: feedback.duplicate || !feedback.recorded ? 200 : 201 });
});
