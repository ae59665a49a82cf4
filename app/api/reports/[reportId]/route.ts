import { apiHandler } from "@/lib/server/http/api";
import { readReport } from "@/lib/server/reports/reports";

type Context = { params: Promise<{ reportId: string }> };

/** One report, for its author, the teachers of the author's classes and the course maintainers. */
export const GET = apiHandler<Context>("any", async (_request, user, { params }) => {
  return Response.json(await readReport(user.id, (await params).reportId));
});
