import { apiHandler } from "@/lib/server/http/api";
import { readJson } from "@/lib/server/http/validation";
import { fileReport } from "@/lib/server/reports/reports";

/**
 * Reports a question (a student after answering it, a teacher previewing it): `clientId` (a UUID
 * the client makes: a resubmission is recorded once), `courseId`, `questionId`, `reason` (wrong,
 * unclear, too_easy, other) and an optional `note`. 201 when recorded, 200 for a resubmission.
 */
export const POST = apiHandler("any", async (request, user) => {
  const report = await fileReport(user.id, await readJson(request));
  return Response.json(report, { status: report.duplicate ? 200 : 201 });
});
