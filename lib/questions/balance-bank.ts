import type { Course } from "@/lib/content/types";
import { hashToUint32 } from "./hash";
import { recordIdOf } from "./siblings";
import type { Question } from "./types";

/** At most this many questions about one record: nobody wants five in a row on one treaty. */
export const MAX_PER_RECORD = 6;
/** At most this many questions about one fact (one property of one record). */
export const MAX_PER_FACT = 3;
/** At most this many questions attributed to named sources per disputed fact (plus nothing else). */
export const MAX_ATTRIBUTED_PER_FACT = 2;
/** No kind of fact (dates, places, people…) takes more than this share of the bank. */
export const MAX_KIND_SHARE = 0.28;

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
 * A fair share for every part of the course. Questions are taken in priority order (type, then a
 * hash of the id, so the choice is stable and spread) while their record, their fact and — for
 * themes with a `maxShare` in course.yaml — their theme have room. Questions built from several
 * facts (chronology, matching) count against no single record.
 */
export function balanceBank(course: Course, questions: readonly Question[]): Question[] {
  const ranked = [...questions].sort(
    (a, b) =>
      TYPE_PRIORITY[a.type] - TYPE_PRIORITY[b.type] ||
      hashToUint32(a.id) - hashToUint32(b.id) ||
      (a.id < b.id ? -1 : 1),
  );
  const capped = course.themes.filter((t) => t.maxShare !== null);
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
  let bank = questions.filter((q) => kept.has(q.id));
  // A theme with a share keeps its best-ranked questions up to that share of the balanced bank.
  for (const theme of capped) {
    const limit = Math.floor((theme.maxShare as number) * bank.length);
    const inTheme = ranked.filter((q) => kept.has(q.id) && q.tags.themes.includes(theme.id));
    if (inTheme.length <= limit) continue;
    const dropped = new Set(inTheme.slice(limit).map((q) => q.id));
    bank = bank.filter((q) => !dropped.has(q.id));
  }
  // Likewise no kind of fact floods the bank (a course of dates drills nothing but years).
  const inBank = new Set(bank.map((q) => q.id));
  const byKind = new Map<string, Question[]>();
  for (const q of ranked) {
    if (!inBank.has(q.id)) continue;
    const list = byKind.get(q.tags.kind) ?? [];
    list.push(q);
    byKind.set(q.tags.kind, list);
  }
  const limit = Math.floor(MAX_KIND_SHARE * bank.length);
  const overflow = new Set(
    [...byKind.values()].flatMap((list) => list.slice(limit).map((q) => q.id)),
  );
  return bank.filter((q) => !overflow.has(q.id));
}
