import { describe, expect, it } from "vitest";
import {
  DESIRED_RETENTION_MAX,
  DESIRED_RETENTION_MIN,
  defaultSchedulerSettings,
  fsrsParametersFor,
  RETENTION_TRADE_OFF,
  schedulerSettingsSchema,
} from "@/lib/scheduling";

function messagesFor(input: unknown): Record<string, string[]> {
  const result = schedulerSettingsSchema.safeParse(input);
  if (result.success) return {};
  const byPath: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    byPath[key] = [...(byPath[key] ?? []), issue.message];
  }
  return byPath;
}

describe("schedulerSettingsSchema", () => {
  it("fills every default from an empty object", () => {
    expect(schedulerSettingsSchema.parse({})).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      maxReviewsPerDay: 200,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      maximumInterval: 36500,
      enableFuzz: true,
      dayRolloverHour: 4,
      timeZone: "UTC",
    });
    expect(defaultSchedulerSettings.desiredRetention).toBe(0.9);
  });

  it("accepts the retention bounds and rejects values just outside, naming the field", () => {
    expect(
      schedulerSettingsSchema.parse({ desiredRetention: DESIRED_RETENTION_MIN }).desiredRetention,
    ).toBe(0.8);
    expect(
      schedulerSettingsSchema.parse({ desiredRetention: DESIRED_RETENTION_MAX }).desiredRetention,
    ).toBe(0.97);
    for (const bad of [0.79, 0.971, 1, -1, "0.9", null]) {
      const messages = messagesFor({ desiredRetention: bad });
      expect(messages.desiredRetention?.[0]).toMatch(
        /^desiredRetention must be a number from 0.8 to 0.97/,
      );
    }
  });

  it.each([
    ["newPerDay", -1],
    ["newPerDay", 201],
    ["newPerDay", 2.5],
    ["maxReviewsPerDay", 0],
    ["maxReviewsPerDay", 2001],
    ["maximumInterval", 0],
    ["dayRolloverHour", 24],
    ["dayRolloverHour", -1],
  ])("rejects %s = %s with a message naming it", (field, value) => {
    const messages = messagesFor({ [field]: value });
    expect(messages[field]?.[0]).toMatch(new RegExp(`^${field} must be a whole number`));
  });

  it("accepts the integer bounds", () => {
    const parsed = schedulerSettingsSchema.parse({
      newPerDay: 0,
      maxReviewsPerDay: 2000,
      dayRolloverHour: 0,
      maximumInterval: 1,
    });
    expect(parsed).toMatchObject({
      newPerDay: 0,
      maxReviewsPerDay: 2000,
      dayRolloverHour: 0,
      maximumInterval: 1,
    });
  });

  it("validates learning steps", () => {
    expect(
      schedulerSettingsSchema.parse({ learningSteps: ["5m", "1h", "1d"] }).learningSteps,
    ).toEqual(["5m", "1h", "1d"]);
    expect(messagesFor({ learningSteps: ["30s"] }).learningSteps?.[0]).toMatch(
      /^learningSteps entries/,
    );
    expect(schedulerSettingsSchema.parse({ learningSteps: [] }).learningSteps).toEqual([]);
    expect(messagesFor({ learningSteps: ["10 minutes"] }).learningSteps?.[0]).toMatch(
      /^learningSteps entries/,
    );
    expect(messagesFor({ relearningSteps: ["0m"] }).relearningSteps?.[0]).toMatch(
      /^relearningSteps entries/,
    );
    expect(messagesFor({ learningSteps: "1m" }).learningSteps?.[0]).toMatch(
      /^learningSteps must be a list/,
    );
  });

  it("validates the time zone", () => {
    expect(schedulerSettingsSchema.parse({ timeZone: "Asia/Baku" }).timeZone).toBe("Asia/Baku");
    expect(messagesFor({ timeZone: "Mars/Olympus_Mons" }).timeZone?.[0]).toMatch(
      /^timeZone must be an IANA/,
    );
  });

  it("explains the retention trade-off in one line", () => {
    expect(RETENTION_TRADE_OFF).not.toContain("\n");
    expect(RETENTION_TRADE_OFF.toLowerCase()).toContain("retention");
  });

  it("maps onto ts-fsrs parameters", () => {
    const params = fsrsParametersFor(
      schedulerSettingsSchema.parse({
        desiredRetention: 0.85,
        maximumInterval: 365,
        enableFuzz: false,
        learningSteps: ["5m"],
        relearningSteps: [],
      }),
    );
    expect(params).toMatchObject({
      request_retention: 0.85,
      maximum_interval: 365,
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: ["5m"],
      relearning_steps: [],
    });
  });
});
