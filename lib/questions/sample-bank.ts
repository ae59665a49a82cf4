import { hashToUint32 } from "./hash";
import type { Question } from "./types";

/**
 * `count` questions of a bank, those whose ids hash lowest with the seed: the same bank and seed
 * always give the same sample, and a small change to the bank (a question added or gone) changes
 * the sample by at most that question, so a review stays valid while the bank is mended.
 */
export function sampleBank(bank: readonly Question[], seed: number, count: number): Question[] {
  const rank = (q: Question) => hashToUint32(`sample|${seed}|${q.id}`);
  return [...bank]
    .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
}
