/** The parts of a question a student reads, whatever its type. */
import { normaliseForQuote } from "@/lib/content/quotes";
import type { Citation, Question } from "../types";

/** Options, items, or both columns of a matching question (none for true/false). */
export function choicesOf(q: Question): string[] {
  switch (q.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
      return q.options.map((o) => o.text);
    case "chronology":
      return q.items.map((i) => i.text);
    case "matching":
      return [...q.left.map((c) => c.text), ...q.right.map((c) => c.text)];
    default:
      return [];
  }
}

/** The one answer a single-answer question keys (a choice, a typed answer, a cloze blank). */
export function singleAnswerOf(q: Question): string | null {
  switch (q.type) {
    case "multiple-choice":
    case "cloze":
    case "typed":
    case "which-came-first":
      return q.answer;
    default:
      return null;
  }
}

/** The options other than the keyed one (single-answer choice questions only). */
export function distractorsOf(q: Question): string[] {
  if (q.type !== "multiple-choice" && q.type !== "cloze" && q.type !== "which-came-first")
    return [];
  return q.options.filter((o) => o.id !== q.correctOptionId).map((o) => o.text);
}

/** The explanation without its closing list of sources, e.g. "… in 1921. (Varrow and Pell)". */
export function explanationBody(q: Question): string {
  return q.explanation
    .replace(/\s*\((?:[\p{Lu}][\p{L}.'’-]*(?:\s+|,\s*|\s+and\s+|\s+et al\.?)*)+\)\s*\.?\s*$/u, "")
    .trim();
}

export const BLANK = /_{3,}/g;

/**
 * Texts in quotation marks (“…”, "…", «…») inside a text, with where they start.
 * Straight quotes nested inside curly ones are left to the outer quotation.
 */
export function quotedSegments(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of text.matchAll(
    /“([^”]*)”|«([^»]*)»|(?<![\p{L}\p{N}])"([^"]+)"(?![\p{L}\p{N}])/gu,
  )) {
    const inner = m[1] ?? m[2] ?? m[3] ?? "";
    if (
      m[3] !== undefined &&
      out.some((o) => m.index > o.index && m.index < o.index + o.text.length + 2)
    ) {
      continue;
    }
    out.push({ text: inner, index: m.index });
  }
  return out;
}

function quoteKey(text: string): string {
  return normaliseForQuote(text).toLowerCase();
}

/** Whether a fragment (blanks standing for anything) is part of one of the question's cited quotes. */
export function isFromCitations(fragment: string, citations: readonly Citation[]): boolean {
  const pieces = quoteKey(fragment)
    .split(/_{3,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (pieces.length === 0) return false;
  return citations.some((c) => {
    const quote = quoteKey(c.quote);
    let at = 0;
    for (const piece of pieces) {
      const found = quote.indexOf(piece, at);
      if (found < 0) return false;
      at = found + piece.length;
    }
    return true;
  });
}

/** A text with every quotation taken from the citations replaced by a placeholder. */
export function withoutSourceQuotes(text: string, citations: readonly Citation[]): string {
  let out = text;
  for (const segment of quotedSegments(text)) {
    if (isFromCitations(segment.text, citations)) out = out.replace(segment.text, " ");
  }
  return out;
}

/** Whether a text is a completed cloze quotation that occurs, as completed, in a citation. */
export function occursInCitations(text: string, citations: readonly Citation[]): boolean {
  const key = quoteKey(text);
  return key.length > 0 && citations.some((c) => quoteKey(c.quote).includes(key));
}

/**
 * What a cloze's first blank stands for in the cited text: the words between the quotation's
 * parts around the blank, or null when the quotation is not from the citations.
 */
export function blankedText(quotation: string, citations: readonly Citation[]): string | null {
  const [before = "", after = ""] = quoteKey(quotation).split(/_{3,}/);
  const head = before.trimStart();
  const tail = after.split(/_{3,}/)[0]?.trimEnd() ?? "";
  for (const c of citations) {
    const quote = normaliseForQuote(c.quote);
    const key = quote.toLowerCase();
    for (let at = key.indexOf(head); at >= 0; at = key.indexOf(head, at + 1)) {
      const start = at + head.length;
      const end = tail.length === 0 ? key.length : key.indexOf(tail, start);
      if (end >= start) return quote.slice(start, end).trim();
      if (end < 0) break;
    }
  }
  return null;
}
