import { describe, expect, it } from "vitest";
import {
  isValidTimeZone,
  SchedulingValidationError,
  startOfNextStudyDay,
  startOfStudyDay,
  studyDayKey,
} from "@/lib/scheduling";

const utc = (iso: string) => new Date(iso);

describe("study day", () => {
  it("starts at the rollover hour in UTC", () => {
    const day = { timeZone: "UTC", rolloverHour: 4 };
    expect(startOfStudyDay(utc("2026-01-05T09:00:00Z"), day)).toEqual(utc("2026-01-05T04:00:00Z"));
    expect(startOfStudyDay(utc("2026-01-05T04:00:00Z"), day)).toEqual(utc("2026-01-05T04:00:00Z"));
    expect(startOfStudyDay(utc("2026-01-05T03:59:59Z"), day)).toEqual(utc("2026-01-04T04:00:00Z"));
    expect(studyDayKey(utc("2026-01-05T03:59:59Z"), day)).toBe("2026-01-04");
    expect(startOfNextStudyDay(utc("2026-01-05T09:00:00Z"), day)).toEqual(
      utc("2026-01-06T04:00:00Z"),
    );
  });

  it("follows the user's time zone", () => {
    // Baku is UTC+4 all year: 02:00Z is 06:00 local, after the 04:00 rollover.
    const baku = { timeZone: "Asia/Baku", rolloverHour: 4 };
    expect(startOfStudyDay(utc("2026-01-05T02:00:00Z"), baku)).toEqual(utc("2026-01-05T00:00:00Z"));
    expect(studyDayKey(utc("2026-01-04T23:30:00Z"), baku)).toBe("2026-01-04");
    // Almaty is UTC+5: the same instants fall in different study days than in UTC.
    const almaty = { timeZone: "Asia/Almaty", rolloverHour: 0 };
    expect(studyDayKey(utc("2026-01-05T20:00:00Z"), almaty)).toBe("2026-01-06");
    expect(startOfStudyDay(utc("2026-01-05T20:00:00Z"), almaty)).toEqual(
      utc("2026-01-05T19:00:00Z"),
    );
    // West of UTC: Los Angeles is UTC−8 in January.
    const la = { timeZone: "America/Los_Angeles", rolloverHour: 4 };
    expect(studyDayKey(utc("2026-01-05T09:00:00Z"), la)).toBe("2026-01-04");
    expect(startOfNextStudyDay(utc("2026-01-05T09:00:00Z"), la)).toEqual(
      utc("2026-01-05T12:00:00Z"),
    );
  });

  it("handles a midnight rollover and the year boundary", () => {
    const day = { timeZone: "Europe/Paris", rolloverHour: 0 };
    expect(startOfStudyDay(utc("2026-01-01T00:30:00Z"), day)).toEqual(utc("2025-12-31T23:00:00Z"));
    expect(studyDayKey(utc("2025-12-31T22:59:00Z"), day)).toBe("2025-12-31");
    expect(startOfNextStudyDay(utc("2025-12-31T22:59:00Z"), day)).toEqual(
      utc("2025-12-31T23:00:00Z"),
    );
  });

  it("survives daylight-saving changes", () => {
    const ny = { timeZone: "America/New_York", rolloverHour: 4 };
    // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT, so the study day from
    // 04:00 EST on the 7th (09:00Z) to 04:00 EDT on the 8th (08:00Z) lasts 23 hours.
    const during = utc("2026-03-08T07:30:00Z");
    expect(startOfStudyDay(during, ny)).toEqual(utc("2026-03-07T09:00:00Z"));
    expect(startOfNextStudyDay(during, ny)).toEqual(utc("2026-03-08T08:00:00Z"));
    expect(startOfStudyDay(utc("2026-03-08T12:00:00Z"), ny)).toEqual(utc("2026-03-08T08:00:00Z"));
    // A rollover hour that does not exist that day starts the day when the gap ends.
    expect(startOfStudyDay(utc("2026-03-08T12:00:00Z"), { ...ny, rolloverHour: 2 })).toEqual(
      utc("2026-03-08T07:00:00Z"),
    );
    // 2026-11-01: 01:00 happens twice; the day starts at the first one.
    expect(startOfStudyDay(utc("2026-11-01T12:00:00Z"), { ...ny, rolloverHour: 1 })).toEqual(
      utc("2026-11-01T05:00:00Z"),
    );
  });

  it("rejects an unknown time zone with a typed error", () => {
    expect(isValidTimeZone("Asia/Baku")).toBe(true);
    expect(isValidTimeZone("Nowhere/Land")).toBe(false);
    expect(() =>
      startOfStudyDay(utc("2026-01-05T09:00:00Z"), { timeZone: "Nowhere/Land", rolloverHour: 4 }),
    ).toThrow(SchedulingValidationError);
  });
});
