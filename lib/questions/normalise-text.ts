/** Letters that Unicode decomposition does not reduce to ASCII, mapped to their usual transliteration. */
const SPECIAL_LETTERS: Record<string, string> = {
  ə: "a",
  ı: "i",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ħ: "h",
  ŋ: "n",
};

const QUOTE_OR_APOSTROPHE = /['’‘`´ʼʻ"“”«»„]/g;
const NON_ALPHANUMERIC = /[^a-z0-9]+/g;
const LEADING_ARTICLE = /^(the|a|an) /;

/** Lower case, no diacritics, no punctuation, single spaces: "Nur-Sultan" → "nur sultan". */
export function normaliseText(input: string): string {
  const lowered = input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  let mapped = "";
  for (const ch of lowered) mapped += SPECIAL_LETTERS[ch] ?? ch;
  return mapped
    .replace(QUOTE_OR_APOSTROPHE, "")
    .replace(/&/g, " and ")
    .replace(NON_ALPHANUMERIC, " ")
    .trim()
    .replace(LEADING_ARTICLE, "");
}

/** normaliseText, with a possessive "'s" dropped first: "Brine's ferry" → "brine ferry". */
export function normalisePhrase(text: string): string {
  return normaliseText(text.replace(/['’ʼ]s\b/giu, ""));
}

/** Times `needle` occurs in `haystack` as whole words (both normalised by normalisePhrase). */
export function countPhrase(haystack: string, needle: string): number {
  const n = normalisePhrase(needle);
  if (n.length === 0) return 0;
  const h = ` ${normalisePhrase(haystack)} `;
  const target = ` ${n} `;
  let count = 0;
  for (let at = h.indexOf(target); at >= 0; at = h.indexOf(target, at + 1)) count++;
  return count;
}

/** `haystack` names `needle` as whole words ("… Amir Timur's campaigns" names "Amir Timur"). */
export function containsPhrase(haystack: string, needle: string): boolean {
  return countPhrase(haystack, needle) > 0;
}

/** normaliseText without any spaces, so "Nur Sultan", "Nur-Sultan" and "Nursultan" coincide. */
export function compactText(input: string): string {
  return normaliseText(input).replace(/ /g, "");
}

/** Initial letters of the significant words: "Hallow–Kell–Osk" → "hko". */
export function initialsOf(input: string): string {
  const words = normaliseText(input)
    .split(" ")
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  return words.map((w) => w[0]).join("");
}

const STOP_WORDS = new Set(["of", "and", "the", "for", "on", "in", "to", "a", "an", "de", "la"]);
