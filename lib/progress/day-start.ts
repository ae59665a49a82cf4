import { type StudyDayOptions, startOfStudyDay, studyDayKey } from "@/lib/scheduling";
import { type DayKey, dayNumber } from "./day-key";

const DAY_MS = 86_400_000;

/**
 * The first instant of the study day `day` (local `rolloverHour`:00 in the time zone): the
 * inverse of `studyDayKey`. Starts from noon UTC of that date and steps a day at a time
 * (at most twice: zones are within ±14 h) until the study day matches.
 */
export function startOfDayKey(day: DayKey, options: StudyDayOptions): Date {
  const target = dayNumber(day);
  let probe = target * DAY_MS + DAY_MS / 2;
  for (let step = 0; step < 4; step++) {
    const found = dayNumber(studyDayKey(new Date(probe), options));
    if (found === target) break;
    probe += (target - found) * DAY_MS;
  }
  return startOfStudyDay(new Date(probe), options);
}
