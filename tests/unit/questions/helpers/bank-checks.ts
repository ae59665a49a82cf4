import type { Course } from "@/lib/content/types";
import { allNamesOf } from "@/lib/questions/asks/entity-names";
import { buildCourseIndex } from "@/lib/questions/facts/course-index";
import { spanOf, spanOfCalendar } from "@/lib/questions/facts/date-values";
import { extractFacts } from "@/lib/questions/facts/extract-facts";
import type { Fact } from "@/lib/questions/facts/fact";
import { nameById } from "@/lib/questions/facts/wording";
import { compactText } from "@/lib/questions/normalise-text";
import { parseDateAnswer } from "@/lib/questions/parse-date";
import type { Question } from "@/lib/questions/types";

export function factsOf(course: Course): Map<string, Fact> {
  return new Map(extractFacts(buildCourseIndex(course)).map((f) => [f.id, f]));
}

/** The response that answers a question correctly. */
export function correctResponse(q: Question): unknown {
  switch (q.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
    case "true-false":
      return q.correctOptionId;
    case "typed":
      return q.answer;
    case "chronology":
      return q.correctOrder;
    case "matching":
      return q.correctPairs;
  }
}

/** Options shown besides the correct one, for single-fact choice and cloze questions. */
export function distractorsOf(q: Question): string[] {
  if (q.type !== "multiple-choice" && q.type !== "cloze") return [];
  return q.options.filter((o) => o.id !== q.correctOptionId).map((o) => o.text);
}

/** Why a distractor would also be true under some source, or null when it is sound. */
export function unsoundDistractor(course: Course, fact: Fact, text: string): string | null {
  switch (fact.valueType) {
    case "date": {
      for (const reading of parseDateAnswer(text)) {
        const option = spanOfCalendar(reading);
        for (const claim of fact.claims) {
          const span = spanOf(claim.value);
          // A claim at least as precise, lying inside the option, makes the option true.
          if (span.start >= option.start && span.end <= option.end) {
            return `${text} contains the claimed ${claim.value.text}`;
          }
        }
      }
      return null;
    }
    case "ref": {
      const key = compactText(text);
      const trueIds = [...fact.trueValues, ...fact.claims.map((c) => c.value)];
      for (const id of trueIds) {
        const record = course.byId.get(id);
        const names = record ? allNamesOf(record) : [nameById(course, id)];
        if (names.some((n) => compactText(n) === key)) return `${text} is a true value (${id})`;
      }
      const match = [...course.byId.values()].find(
        (r) => r.kind !== "source" && allNamesOf(r).some((n) => compactText(n) === key),
      );
      if (match && fact.alsoTrue?.(match.id)) return `${text} is implied true (${match.id})`;
      return null;
    }
    case "text": {
      const key = compactText(text);
      const trueTexts = [...fact.trueValues, ...fact.claims.map((c) => c.value)];
      return trueTexts.some((t) => compactText(t) === key) ? `${text} is a true value` : null;
    }
    case "number": {
      const amount = Number(
        text
          .replace(/^[^\d]*/, "")
          .replace(/,/g, "")
          .split(" ")[0],
      );
      const claimed = fact.claims.map((c) => c.value.amount);
      return claimed.includes(amount) ? `${text} is a claimed amount` : null;
    }
  }
}

export const DAY_DATE =
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{3,4}\b/;
export const MONTH_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{3,4}\b/;
