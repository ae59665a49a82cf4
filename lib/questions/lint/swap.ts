/**
 * What a false true/false statement changed. The generator makes one from the author's sentence by
 * swapping the asked value for a wrong one, and its explanation gives the true sentence ("False:
 * <the author's sentence>"); comparing the two shows which words were swapped for which.
 */
import type { TrueFalseQuestion } from "../types";
import { explanationBody } from "./question-text";
import { normalise } from "./text-match";

export interface Swap {
  /** What the statement shows instead of the truth ("Karim Massimov"); empty when nothing differs. */
  shown: string;
  /** What the true sentence says there ("Daniyal Akhmetov"); empty when nothing differs. */
  replaced: string;
  /**
   * Both, widened by up to a few of the shared words around them, narrowest first: a name may
   * begin or end with words both sentences share ("an agreement on X" for "an agreement on Y").
   */
  shownAround: string[];
  replacedAround: string[];
}

/** Shared words a name may take on either side of the swapped stretch. */
const WIDEN = 4;

/** The text of tokens [from, to) and its widenings by shared words (not across punctuation). */
function around(text: string, t: readonly Token[], from: number, to: number): string[] {
  const out: { text: string; width: number }[] = [];
  const isWord = (i: number) => !/^[.,;:!?]$/.test(t[i]?.key ?? ".");
  for (let before = 0; before <= WIDEN; before++) {
    if (before > 0 && (from - before < 0 || !isWord(from - before))) break;
    for (let after = 0; after <= WIDEN; after++) {
      if (after > 0 && (to + after > t.length || !isWord(to + after - 1))) break;
      const a = from - before;
      const b = to + after;
      if (b <= a) continue;
      out.push({
        text: text.slice(t[a]?.start ?? 0, t[b - 1]?.end ?? 0).trim(),
        width: before + after,
      });
    }
  }
  return out.sort((x, y) => x.width - y.width).map((x) => x.text);
}

interface Token {
  key: string;
  start: number;
  end: number;
}

/** Words (normalised) and sentence punctuation, with where each stands in the text. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.,;:!?]/gu)) {
    const key = /^[.,;:!?]$/.test(m[0]) ? m[0] : normalise(m[0]);
    if (key.length > 0) out.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A swap spans at most this many words on either side; more, and the sentences are not one. */
const MAX_SWAP = 24;

function startsWith(whole: readonly Token[], from: number, part: readonly Token[], at: number) {
  if (whole.length - from < part.length - at) return false;
  for (let i = at; i < part.length; i++) {
    if (whole[from + i - at]?.key !== part[i]?.key) return false;
  }
  return true;
}

/**
 * The swap between a statement keyed False and the true sentence its explanation gives, or null
 * when the explanation does not give the statement's sentence with one stretch changed (an
 * explanation in other words, or a statement that changes several places).
 */
export function swapOf(q: TrueFalseQuestion): Swap | null {
  const truth = explanationBody(q).replace(/^\s*False\s*[:.,–—-]\s*/i, "");
  const s = tokens(q.statement);
  const e = tokens(truth);
  if (s.length === 0) return null;
  let p = 0;
  while (p < s.length && p < e.length && s[p]?.key === e[p]?.key) p++;
  if (p === s.length) return { shown: "", replaced: "", shownAround: [], replacedAround: [] };
  // The shortest stretch of each that, cut out, leaves the rest of the statement running on in
  // the explanation.
  for (let total = 1; total <= 2 * MAX_SWAP; total++) {
    for (let k = Math.max(0, total - MAX_SWAP); k <= Math.min(total, MAX_SWAP); k++) {
      const m = total - k;
      if (p + k > s.length || p + m > e.length) continue;
      if (p + k === s.length) {
        // The statement ends where the swap does: the truth must end its sentence there too.
        if (m === 0 || (p + m < e.length && !/^[.!?]$/.test(e[p + m]?.key ?? ""))) continue;
      } else if (!startsWith(e, p + m, s, p + k)) continue;
      const shownEnd = k === 0 ? (s[p]?.start ?? 0) : (s[p + k - 1]?.end ?? 0);
      const replacedEnd = m === 0 ? (e[p]?.start ?? 0) : (e[p + m - 1]?.end ?? 0);
      return {
        shown: q.statement.slice(s[p]?.start ?? 0, shownEnd).trim(),
        replaced: truth.slice(e[p]?.start ?? 0, replacedEnd).trim(),
        shownAround: around(q.statement, s, p, p + k),
        replacedAround: around(truth, e, p, p + m),
      };
    }
  }
  return null;
}
