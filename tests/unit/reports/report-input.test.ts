import { describe, expect, it } from "vitest";
import { REPORT_NOTE_MAX, reportInputSchema } from "@/lib/reports/report-input";

const valid = {
  clientId: "6f1c2f36-5b4e-4a57-9a3e-0d3c7a8e9b10",
  courseId: "azerbaijan-kazakhstan",
  questionId: "q-123",
  reason: "unclear",
};

describe("reportInputSchema", () => {
  it("takes a reason with an optional note, trimmed; an empty note is none", () => {
    expect(reportInputSchema.parse({ ...valid, note: "  Two answers fit.  " })).toMatchObject({
      reason: "unclear",
      note: "Two answers fit.",
    });
    expect(reportInputSchema.parse(valid).note).toBeNull();
    expect(reportInputSchema.parse({ ...valid, note: "   " }).note).toBeNull();
    expect(reportInputSchema.parse({ ...valid, note: null }).note).toBeNull();
  });

  it.each([
    [{ ...valid, clientId: "not-a-uuid" }, "clientId"],
    [{ ...valid, reason: "rude" }, "reason"],
    [{ ...valid, reason: undefined }, "reason"],
    [{ ...valid, questionId: "" }, "questionId"],
    [{ ...valid, courseId: "x".repeat(121) }, "courseId"],
    [{ ...valid, note: "x".repeat(REPORT_NOTE_MAX + 1) }, "note"],
    [{ ...valid, note: 42 }, "note"],
  ])("refuses %j on its field", (body, field) => {
    const result = reportInputSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it("accepts a note of exactly the limit", () => {
    const note = "é".repeat(REPORT_NOTE_MAX);
    expect(reportInputSchema.parse({ ...valid, note }).note).toBe(note);
  });
});
