import type { Question } from "./types";

export function optionLines(question: Question): string[] {
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
    case "true-false":
      return question.options.map(
        (o) =>
          `- ${o.id === question.correctOptionId ? "**" : ""}${o.text}${o.id === question.correctOptionId ? "** ✓" : ""}`,
      );
    case "typed":
      return [
        `- Answer: **${question.answer}**`,
        ...(question.accept.length > 0
          ? [`- Also accepted: ${question.accept.map((a) => `${a.text} (${a.code})`).join(", ")}`]
          : []),
      ];
    case "chronology":
      return question.answer.map((a, i) => `${i + 1}. ${a}`);
    case "matching":
      return question.answer.map((a) => `- ${a}`);
  }
}

/** A readable preview of the bank for authors: one section per question. */
export function bankToMarkdown(title: string, questions: readonly Question[]): string {
  const lines = [`# Question bank — ${title}`, "", `${questions.length} questions.`, ""];
  for (const q of questions) {
    lines.push(`## ${q.type} · ${q.tags.kind} · \`${q.id}\``, "");
    lines.push(q.prompt, "");
    lines.push(...optionLines(q), "");
    lines.push(`> ${q.explanation}`, "");
    for (const c of q.citations) lines.push(`- _${c.sourceTitle}_: “${c.quote}”`);
    lines.push(
      "",
      `Facts: ${q.factIds.join(", ")} · themes: ${q.tags.themes.join(", ") || "—"} · periods: ${q.tags.periods.join(", ") || "—"} · difficulty ${q.difficulty}`,
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}
