/**
 * Quote matching. A quote must occur in its seed text after both are normalised: runs of
 * whitespace become one space, typographic quotes become straight ones (“ ” „ « » → ", ‘ ’ → ')
 * and dashes become a hyphen (– — ‒ − → -). Case and every other character must match.
 */

/** The longest quote accepted, in characters after normalisation: a phrase to one sentence. */
export const MAX_QUOTE_LENGTH = 320;

export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u2012\u2013\u2014\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Normalises a seed text once, so many quotes can be checked against it cheaply. */
export function prepareSourceText(text: string): string {
  return normaliseForQuote(text);
}

export function quoteOccursIn(quote: string, preparedSource: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle.length > 0 && preparedSource.includes(needle);
}
