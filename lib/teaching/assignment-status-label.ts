import { type DayKey, daysBetween } from "@/lib/progress/day-key";
import type { AssignmentStatus } from "./assignment-progress";

/** What a student sees beside an assignment: "Due in 3 days", "Overdue", "Complete", … */
export function assignmentStatusLabel(
  status: AssignmentStatus,
  dueDay: DayKey,
  today: DayKey,
): string {
  if (status === "complete") return "Complete";
  if (status === "late") return "Complete (late)";
  if (status === "overdue") return "Overdue";
  const days = daysBetween(today, dueDay);
  if (days <= 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  return `Due in ${days} days`;
}
