import { redirect } from "next/navigation";
import { allCourses } from "@/lib/server/courses";
import { requireRole } from "@/lib/server/session";

/** Statistics for the first course (the only one by default). */
export default async function StatsIndexPage() {
  await requireRole("student", "/stats");
  const [first] = allCourses().keys();
  redirect(first ? `/stats/${first}` : "/home");
}
