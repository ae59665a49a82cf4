import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";
import {
  REPORT_COLUMNS,
  type ReportRow,
  type ReportViewer,
  reportVisibility,
} from "./report-scope";

/**
 * One report the viewer may see (`reportVisibility`, any scope), or NOT_FOUND: the same for
 * someone else's report as for a made-up id.
 */
export async function getVisibleReport(options: {
  viewer: ReportViewer;
  reportId: string;
}): Promise<ReportRow> {
  const [row] = await db().$queryRaw<ReportRow[]>`
    SELECT ${REPORT_COLUMNS}
      FROM question_reports r JOIN users a ON a.id = r.author_id
     WHERE r.id = ${options.reportId} AND ${reportVisibility(options.viewer, "any")}`;
  if (!row) throw notFound("Report");
  return row;
}
