import { apiHandler } from "@/lib/server/http/api";
import { readJson } from "@/lib/server/http/validation";
import { getQuestionExclusions, setExclusions } from "@/lib/server/teaching/exclusions";

type Context = { params: Promise<{ courseId: string; questionId: string }> };

/** Your classes in the course, each with `assigned` and `excluded` for this question. */
export const GET = apiHandler<Context>("teacher", async (_request, user, { params }) => {
  return Response.json(await getQuestionExclusions({ teacherId: user.id, ...(await params) }));
});

/**
 * `{ classIds: [...] }`: takes the question out of exactly these of your classes (their
 * assignments, progress goals and analytics) and puts it back in your others. Answers as GET.
 */
export const PUT = apiHandler<Context>("teacher", async (request, user, { params }) => {
  const body = await readJson(request);
  return Response.json(await setExclusions({ teacherId: user.id, ...(await params), body }));
});
