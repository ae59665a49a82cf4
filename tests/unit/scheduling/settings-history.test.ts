import { describe, expect, it } from "vitest";
import {
  defaultSchedulerSettings,
  replayReviews,
  reviewCard,
  settingsHistory,
  settingsInForceAt,
} from "@/lib/scheduling";
import { at, DAY, HOUR, MINUTE, settingsWith, T0 } from "./helpers";

const v1 = { validFrom: at(0), settings: settingsWith({ learningSteps: ["1m", "10m"] }) };
const v2 = {
  validFrom: at(5 * DAY),
  settings: settingsWith({ desiredRetention: 0.95, learningSteps: ["2h", "1d"] }),
};

describe("settingsInForceAt", () => {
  it("is the defaults before the first version, and with none", () => {
    expect(settingsInForceAt([v1, v2], at(-1))).toBe(defaultSchedulerSettings);
    expect(settingsInForceAt([], at(0))).toBe(defaultSchedulerSettings);
  });

  it("is the last version valid from that moment or before, whatever order they are given in", () => {
    expect(settingsInForceAt([v1, v2], at(0))).toBe(v1.settings);
    expect(settingsInForceAt([v2, v1], at(5 * DAY - 1))).toBe(v1.settings);
    expect(settingsInForceAt([v2, v1], at(5 * DAY))).toBe(v2.settings);
    expect(settingsInForceAt([v1, v2], at(30 * DAY))).toBe(v2.settings);
  });

  it("takes the later of two versions from the same moment", () => {
    const again = { validFrom: at(5 * DAY), settings: settingsWith({ desiredRetention: 0.9 }) };
    expect(settingsInForceAt([v1, v2, again], at(5 * DAY))).toBe(again.settings);
  });
});

describe("replayReviews with a settings history", () => {
  it("schedules each answer with the settings of its time", () => {
    const reviews = [
      { rating: "Good" as const, reviewedAt: at(HOUR) },
      { rating: "Good" as const, reviewedAt: at(HOUR + 10 * MINUTE) },
      { rating: "Good" as const, reviewedAt: at(3 * DAY) },
      { rating: "Hard" as const, reviewedAt: at(10 * DAY) },
    ];
    let card = reviewCard(null, "Good", at(HOUR), v1.settings).after;
    card = reviewCard(card, "Good", at(HOUR + 10 * MINUTE), v1.settings).after;
    card = reviewCard(card, "Good", at(3 * DAY), v1.settings).after;
    card = reviewCard(card, "Hard", at(10 * DAY), v2.settings).after;
    const replayed = replayReviews(reviews, settingsHistory([v1, v2]), T0);
    expect(replayed).toEqual(card);
    // Answers from before the change, replayed after it: the old settings, not today's.
    const beforeChange = reviews.slice(0, 3);
    expect(replayReviews(beforeChange, settingsHistory([v1, v2]), T0)).toEqual(
      replayReviews(beforeChange, v1.settings, T0),
    );
    expect(replayReviews(beforeChange, settingsHistory([v1, v2]), T0)).not.toEqual(
      replayReviews(beforeChange, v2.settings, T0),
    );
  });
});
