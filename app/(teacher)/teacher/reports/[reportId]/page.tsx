import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/server/or-not-found";
import { getReportPage } from "@/lib/server/reports/reports";
import { requireRole } from "@/lib/server/session";
import { ReportedQuestionCard } from "../reported-question";

export const metadata: Metadata = { title: "Report" };

export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const { reportId } = await params;
  const user = await requireRole("teacher", `/teacher/reports/${reportId}`);
  // Someone else's report reads exactly like a made-up id: 404.
  const { report, question } = await orNotFound(getReportPage({ teacherId: user.id, reportId }));
  return (
    <>
      <p>
        <Link href="/teacher/reports">← Reports</Link>
      </p>
      <h1>Report by {report.authorName}</h1>
      <ReportedQuestionCard question={question} current={report.id} />
    </>
  );
}
