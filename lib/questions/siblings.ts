import type { Question } from "./types";

/** The record a fact id ("record#property") belongs to. */
export function recordIdOf(factId: string): string {
  const hash = factId.indexOf("#");
  return hash < 0 ? factId : factId.slice(0, hash);
}

/**
 * What makes two questions siblings, which a session keeps apart (one a day): the record they
 * are about. Three questions in a row on one treaty teach less than three treaties. Questions
 * built from many records (chronology, matching) have no sibling key: they are neither held
 * back by the records they mention nor hold them back.
 */
export function siblingKeysOf(question: Pick<Question, "factIds">): string[] {
  const records = [...new Set(question.factIds.map(recordIdOf))];
  return records.length === 1 ? records : [];
}
