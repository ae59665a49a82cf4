import { describe, expect, it } from "vitest";
import { LINT_RULES, lintBank } from "@/lib/questions/lint";
import { balance } from "@/lib/questions/lint/rules/balance";
import { choice, findings, fixtureCourse, goodQuestions, trueFalse } from "./helpers";

describe("lintBank", () => {
  it("leaves well-written questions alone: no rule finds anything", () => {
    const questionRules = LINT_RULES.filter((r) => r.checkQuestion);
    const found = lintBank(fixtureCourse(), goodQuestions(), { rules: questionRules }).findings;
    expect(found).toEqual([]);
  });

  it("names every rule once, each with a description", () => {
    const names = LINT_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of LINT_RULES) expect(rule.description.length).toBeGreaterThan(20);
  });

  it("reports findings with their rule, severity and question, and counts per rule", () => {
    const bad = trueFalse(
      "Kell lies on the route of the Kelp Road causeway between Brine and Kell.",
      true,
      {
        factIds: ["kelp-road#route"],
      },
    );
    const report = lintBank(fixtureCourse(), [bad, ...goodQuestions()]);
    expect(report.courseId).toBe("saltmere-isles");
    expect(report.questionCount).toBe(goodQuestions().length + 1);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: "answer-in-prompt", severity: "error", questionId: bad.id }),
    );
    expect(report.questionsWithErrors).toBe(1);
    expect(report.errorCount).toBe(report.findings.filter((f) => f.severity === "error").length);
    expect(report.rules.map((r) => r.rule).sort()).toEqual(LINT_RULES.map((r) => r.name).sort());
    const counts = report.rules.map((r) => r.errors);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it("gives bank-level findings no question id", () => {
    const same = Array.from({ length: 20 }, (_, i) =>
      choice(`Question ${i} about the Act of Union?`, ["a", "b"], {
        factIds: ["act-of-union#date"],
      }),
    );
    const bank = findings(balance, same);
    expect(bank.length).toBeGreaterThan(0);
    expect(bank.every((f) => f.questionId === null && f.rule === "balance")).toBe(true);
  });

  it("is pure: the same input gives the same report", () => {
    const questions = goodQuestions();
    expect(lintBank(fixtureCourse(), questions)).toEqual(lintBank(fixtureCourse(), questions));
  });
});
