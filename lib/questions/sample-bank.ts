import { createRng, shuffle } from "./random";
import type { Question } from "./types";

/**
 * `count` questions of a bank drawn without replacement by a seeded shuffle: the same bank and
 * seed always give the same sample, so a review can say which seed it read.
 */
export function sampleBank(bank: readonly Question[], seed: number, count: number): Question[] {
  const ordered = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return shuffle(ordered, createRng(`sample|${seed}`)).slice(0, count);
}
