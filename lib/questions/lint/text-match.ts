/**
 * Word-level text matching for the linter: phrases compared on normalised words (case, diacritics,
 * punctuation and a possessive "'s" ignored), stems for one-word names ("Islander" ~ "Island"),
 * significant words and the initials of capitalised names.
 */

import { normalisePhrase as normalise } from "../normalise-text";

export { containsPhrase, countPhrase, normalisePhrase as normalise } from "../normalise-text";

/** Words too common in questions and names to say anything about a value. */
const STOP_WORDS = new Set(
  `a an the of and or in on at to for by with from into as is are was were be been being did do
does done has have had which what who whom whose when where why how these this that those it its
their there than then true false also other another each any all some such not no one ones
about after before between during since until up down over under out via per named called known
according sources source says said text complete quotation match put order first came happen
happened happen take took place part year years month date day`.split(/\s+/),
);

/** The significant words of a text, normalised: no stop words, no single letters. */
export function significantWords(text: string): string[] {
  return normalise(text)
    .split(" ")
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

/** Two one-word names that share a stem: "georgia"/"georgian", "island"/"islander". */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 4 && long.startsWith(short);
}

/** Whether a one-word name (≥ 5 letters) occurs in the text as a word with the same stem. */
export function containsStem(haystack: string, word: string): boolean {
  const w = normalise(word);
  if (w.length < 5 || w.includes(" ") || /\d/.test(w)) return false;
  return normalise(haystack)
    .split(" ")
    .some((h) => sameStem(h, w));
}

const CONNECTORS = new Set(["of", "and", "the", "for", "on", "in", "de", "la", "&"]);

/**
 * Initials of each run of capitalised words (connectors allowed inside a run, dashes split
 * words): "the Brine–Kell–Osk ferry" → ["BKO"], "Commonwealth of Independent
 * States" → ["CIS"].
 */
export function capitalisedInitials(text: string): string[] {
  const runs: string[] = [];
  let current = "";
  for (const word of text.split(/[\s–—/-]+/)) {
    const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (clean.length === 0) continue;
    if (/^\p{Lu}/u.test(clean)) current += clean[0];
    else if (CONNECTORS.has(clean.toLowerCase()) && current.length > 0) continue;
    else {
      if (current.length > 0) runs.push(current);
      current = "";
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** An acronym of three or more capitals (digits allowed after the first): "CIS", "TASIM", "G20". */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&]{2,7}$/.test(text.trim());
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Whether an acronym can be read off a name's initials ("NSC" from "Northern Sea Fishing Compact"). */
export function acronymFitsInitials(acronym: string, initials: string): boolean {
  const a = acronym.toUpperCase().replace(/[^A-Z]/g, "");
  if (a.length < 2 || initials.length < 2) return false;
  return (
    a[0] === initials[0] &&
    initials.length <= a.length + 2 &&
    isSubsequence(a, initials.toUpperCase())
  );
}

/** Shortens a text for a report line. */
export function shorten(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
