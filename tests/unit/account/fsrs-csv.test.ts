import { describe, expect, it } from "vitest";
import { cardsCsv, reviewLogCsv } from "@/lib/account/fsrs-csv";

const at = new Date("2026-12-01T08:30:00.000Z");

describe("reviewLogCsv", () => {
  it("writes the FSRS optimizer's columns: ms times, ratings 1–4, states 0–3, durations", () => {
    const csv = reviewLogCsv([
      { cardId: "c1", reviewedAt: at, rating: "Again", stateBefore: "New", responseMs: 2500 },
      {
        cardId: "c1",
        reviewedAt: at,
        rating: "Easy",
        stateBefore: "Relearning",
        responseMs: 812.6,
      },
      { cardId: "c2", reviewedAt: at, rating: "Good", stateBefore: null, responseMs: -3 },
    ]);
    expect(csv).toBe(
      "card_id,review_time,review_rating,review_state,review_duration\r\n" +
        `c1,${at.getTime()},1,0,2500\r\n` +
        `c1,${at.getTime()},4,3,813\r\n` +
        `c2,${at.getTime()},3,,0\r\n`,
    );
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe("cardsCsv", () => {
  it("writes each card's memory state, quoting and guarding odd ids", () => {
    const csv = cardsCsv([
      {
        id: "c1",
        courseId: "azerbaijan-kazakhstan",
        questionId: "=q,1",
        state: "Review",
        due: at,
        stability: 12.5,
        difficulty: 4.25,
        reps: 3,
        lapses: 1,
        lastReview: null,
      },
    ]);
    expect(csv.split("\r\n")[1]).toBe(
      `c1,azerbaijan-kazakhstan,"'=q,1",2,${at.getTime()},12.5,4.25,3,1,`,
    );
  });
});
