import type { Question } from "@/lib/questions/types";

/**
 * The student's answer as readable text, for their history and the teacher's confusion pairs
 * ("40% chose 1996"). Unknown ids are shown as given.
 */
export function describeResponse(question: Question, response: unknown): string {
  const textOf = (
    items: ReadonlyArray<{ id: string; text: string }>,
    id: unknown,
    index = true,
  ) => {
    if (typeof id === "number" && index) return items[id]?.text ?? String(id);
    const found = items.find((item) => item.id === id || item.text === id);
    return found?.text ?? String(id);
  };
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
      return textOf(question.options, response);
    case "true-false":
      if (typeof response === "boolean") return response ? "True" : "False";
      return textOf(question.options, response);
    case "typed":
      return String(response ?? "").trim();
    case "chronology":
      return Array.isArray(response)
        ? response.map((id) => textOf(question.items, id, false)).join(" → ")
        : String(response);
    case "matching": {
      if (!response || typeof response !== "object") return String(response);
      const pairs = response as Record<string, string>;
      return question.left
        .map(
          (left) =>
            `${left.text} → ${pairs[left.id] ? textOf(question.right, pairs[left.id], false) : "?"}`,
        )
        .join("; ");
    }
  }
}
