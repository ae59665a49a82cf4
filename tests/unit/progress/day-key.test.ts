import { describe, expect, it } from "vitest";
import {
  addDays,
  dayNumber,
  daysBetween,
  ProgressValidationError,
  startOfDayKey,
  weekdayOf,
} from "@/lib/progress";
import { studyDayKey } from "@/lib/scheduling";

describe("day keys", () => {
  it("does calendar arithmetic across months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2025-12-31", "2026-03-01")).toBe(60);
    expect(dayNumber("1970-01-02")).toBe(1);
  });

  it("knows the weekday", () => {
    expect(weekdayOf("2026-01-05")).toBe(1); // a Monday
    expect(weekdayOf("2026-01-04")).toBe(0); // a Sunday
    expect(weekdayOf("1969-12-31")).toBe(3); // a Wednesday, before the epoch
  });

  it("rejects what is not a real date", () => {
    for (const bad of ["2026-02-30", "2026-1-5", "yesterday", "2026-13-01"]) {
      expect(() => dayNumber(bad)).toThrow(ProgressValidationError);
    }
  });

  it("finds the first instant of a study day, the inverse of studyDayKey", () => {
    const cases = [
      { timeZone: "UTC", rolloverHour: 4, start: "2026-01-05T04:00:00.000Z" },
      { timeZone: "Asia/Baku", rolloverHour: 4, start: "2026-01-05T00:00:00.000Z" },
      { timeZone: "Pacific/Kiritimati", rolloverHour: 0, start: "2026-01-04T10:00:00.000Z" },
      { timeZone: "America/Los_Angeles", rolloverHour: 23, start: "2026-01-06T07:00:00.000Z" },
    ];
    for (const { start, ...day } of cases) {
      const instant = startOfDayKey("2026-01-05", day);
      expect(instant.toISOString()).toBe(start);
      expect(studyDayKey(instant, day)).toBe("2026-01-05");
      expect(studyDayKey(new Date(instant.getTime() - 1), day)).toBe("2026-01-04");
    }
  });
});
