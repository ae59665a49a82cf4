import "server-only";
import type { DayCount } from "@/lib/progress";
import { db } from "../../db";

/**
 * Reviews per study day since `since`, grouped in SQL on the (user_id, reviewed_at) index. The day
 * key follows the student's time zone and rollover hour, as `studyDayKey` does (timestamps are UTC).
 */
export async function getReviewsPerDay(options: {
  userId: string;
  courseId: string;
  since: Date;
  timeZone: string;
  rolloverHour: number;
}): Promise<DayCount[]> {
  const { userId, courseId, since, timeZone, rolloverHour } = options;
  const rows = await db().$queryRaw<{ day: string; count: number }[]>`
    SELECT to_char(((reviewed_at AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})
                   - make_interval(hours => ${rolloverHour}::int), 'YYYY-MM-DD') AS day,
           count(*)::int AS count
      FROM reviews
     WHERE user_id = ${userId} AND course_id = ${courseId} AND reviewed_at >= ${since}
     GROUP BY 1
     ORDER BY 1`;
  return rows.map((r) => ({ day: r.day, count: r.count }));
}
