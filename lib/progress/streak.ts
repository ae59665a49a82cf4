import { addDays, countsByDay, type DayCount, type DayKey, dayNumber } from "./day-key";

/**
 * Study days in a row with at least one review, ending today — or ending yesterday when today
 * has none yet (the streak is not lost until the day is over). 0 when neither has reviews.
 * Needs only the recent days (e.g. SQL rows for the last 400 days); days after today are ignored.
 */
export function currentStreak(reviewsPerDay: readonly DayCount[], today: DayKey): number {
  const counts = countsByDay(reviewsPerDay);
  const active = (day: DayKey) => (counts.get(day) ?? 0) > 0;
  let day = active(today) ? today : addDays(today, -1);
  let streak = 0;
  while (active(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

/** The longest run of consecutive study days with at least one review (0 for no reviews). */
export function longestStreak(reviewsPerDay: readonly DayCount[]): number {
  const days = [...countsByDay(reviewsPerDay)]
    .filter(([, count]) => count > 0)
    .map(([day]) => dayNumber(day))
    .sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const n of days) {
    run = previous !== undefined && n === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = n;
  }
  return longest;
}
