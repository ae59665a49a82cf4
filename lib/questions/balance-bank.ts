import { hashToUint32 } from "./hash";
import { recordIdOf } from "./siblings";
import type { Question } from "./types";

/** At most this many questions about one record: nobody wants five in a row on one treaty. */
export const MAX_PER_RECORD = 7;
/** At most this many questions about one fact (one property of one record). */
export const MAX_PER_FACT = 4;
/** At most this many questions attributed to named sources per disputed fact (plus nothing else). */
export const MAX_ATTRIBUTED_PER_FACT = 2;

/** Which questions a full record keeps first: recall and recognition before variations. */
const TYPE_PRIORITY: Record<Question["type"], number> = {
  "multiple-choice": 0,
  typed: 1,
  cloze: 2,
  matching: 3,
  chronology: 3,
  "which-came-first": 3,
  "true-false": 4,
};

/**
 * A fair share for every record: questions are taken in priority order (type, then a hash of the
 * id, so the choice is stable and spread) while their record and their fact have room. Every cap
 * is local to one record, so editing one fact never adds or drops a question about another (a
 * student's cards stay put); shares of the whole bank (a theme's `maxShare`, a kind of fact) are
 * the author's to keep, and `questions:lint` checks them. Questions built from several facts
 * (chronology, matching) count against no single record.
 */
export function balanceBank(questions: readonly Question[]): Question[] {
  const ranked = [...questions].sort(
    (a, b) =>
      TYPE_PRIORITY[a.type] - TYPE_PRIORITY[b.type] ||
      hashToUint32(a.id) - hashToUint32(b.id) ||
      (a.id < b.id ? -1 : 1),
  );
  const perRecord = new Map<string, number>();
  const perFact = new Map<string, number>();
  const attributed = new Map<string, number>();
  const kept = new Set<string>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const q of ranked) {
    if (q.factIds.length === 1) {
      const fact = q.factIds[0] as string;
      const record = recordIdOf(fact);
      if ((perRecord.get(record) ?? 0) >= MAX_PER_RECORD) continue;
      if ((perFact.get(fact) ?? 0) >= MAX_PER_FACT) continue;
      if (q.attribution && (attributed.get(fact) ?? 0) >= MAX_ATTRIBUTED_PER_FACT) continue;
      bump(perRecord, record);
      bump(perFact, fact);
      if (q.attribution) bump(attributed, fact);
    }
    kept.add(q.id);
  }
  return questions.filter((q) => kept.has(q.id));
}
