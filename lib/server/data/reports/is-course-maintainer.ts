import "server-only";
import { db } from "../../db";

/** Whether this user's stored email is in COURSE_MAINTAINERS (`maintainers`, lower case). */
export async function isCourseMaintainer(options: {
  userId: string;
  maintainers: readonly string[];
}): Promise<boolean> {
  if (options.maintainers.length === 0) return false;
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { email: true },
  });
  return !!user && options.maintainers.includes(user.email.toLowerCase());
}
