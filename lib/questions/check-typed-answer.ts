import { editDistance, nearMissAllowance } from "./edit-distance";
import { compactText, normaliseText } from "./normalise-text";
import { type CalendarDate, formatCalendarDate, parseDateAnswer } from "./parse-date";
import { parseQuantity, sameQuantityValue } from "./parse-quantity";
import type { AcceptedAnswer, AnswerVerdict, TypedCheck } from "./types";

/** The parts of a typed question the checker reads. */
export interface TypedAnswerKey {
  answer: string;
  accept: readonly AcceptedAnswer[];
  check: TypedCheck;
}

/**
 * The response without the question's generic words ("the BTC pipeline" → "BTC"), or null when
 * it has none of them or nothing else. Only the response loses words: an expected name keeps its
 * own, and its short forms are accepted only where the bank found them unambiguous.
 */
function withoutGenericWords(response: string, genericWords: readonly string[]): string | null {
  if (genericWords.length === 0) return null;
  const generic = new Set(genericWords);
  const words = normaliseText(response).split(" ");
  const kept = words.filter((w) => !generic.has(w));
  return kept.length === 0 || kept.length === words.length ? null : kept.join(" ");
}

function verdict(
  correct: boolean,
  code: AnswerVerdict["code"],
  reason: string,
  expected: string,
  spellingWarning?: boolean,
): AnswerVerdict {
  return spellingWarning
    ? { correct, code, reason, expected, spellingWarning }
    : { correct, code, reason, expected };
}

const ACCEPT_REASONS: Record<AcceptedAnswer["code"], string> = {
  variant: "accepted spelling variant",
  acronym: "the acronym is accepted",
  "full-name": "the full name is accepted",
  "other-period-name": "the same place under another of its names",
  surname: "the surname is enough here",
  "short-name": "the short name is enough here",
};

/** Checks free text against a typed question's key; never throws. */
export function checkTypedAnswer(key: TypedAnswerKey, response: string): AnswerVerdict {
  const expected = key.answer;
  if (normaliseText(response).length === 0) {
    return verdict(false, "empty", "No answer was given.", expected);
  }
  switch (key.check.answerKind) {
    case "year":
    case "date":
      return checkDate(key, response);
    case "number":
      return checkNumber(key, response);
    default:
      return checkText(key, response);
  }
}

function checkText(key: TypedAnswerKey, response: string): AnswerVerdict {
  const expected = key.answer;
  const given = compactText(response);
  if (given === compactText(expected)) {
    return verdict(true, "exact", "Correct.", expected);
  }
  const accepted = (text: string) => acceptedForm(key, text);
  const direct = accepted(given);
  if (direct) return direct;
  const rival = key.check.confusables.find((other) => given === compactText(other));
  if (rival) return verdict(false, "other-entity", `“${rival}” is not the answer here.`, expected);

  // The same checks without generic words: extra words do not make a right name wrong.
  const core = withoutGenericWords(response, key.check.genericWords ?? []);
  const text = core ?? response;
  if (core !== null) {
    const compactCore = compactText(core);
    if (compactCore === compactText(expected)) {
      return verdict(true, "variant", "Correct (extra generic words ignored).", expected);
    }
    const viaCore = accepted(compactCore);
    if (viaCore) return viaCore;
    const coreRival = key.check.confusables.find((other) => compactCore === compactText(other));
    if (coreRival) {
      return verdict(false, "other-entity", `“${coreRival}” is not the answer here.`, expected);
    }
  }
  const surnameVerdict = checkSurname(key, text);
  if (surnameVerdict) return surnameVerdict;
  return checkNearMiss(key, compactText(text));
}

/** The verdict for an accepted form (a variant, acronym, short name…) the compact text equals. */
function acceptedForm(key: TypedAnswerKey, compact: string): AnswerVerdict | null {
  const form = key.accept.find((f) => compact === compactText(f.text));
  if (!form) return null;
  const note = form.note ? ` (${form.note})` : "";
  return verdict(
    true,
    form.code,
    `Correct: “${form.text}” — ${ACCEPT_REASONS[form.code]}${note}.`,
    key.answer,
  );
}

/** A bare surname is enough for a person when no confusable person shares it. */
function checkSurname(key: TypedAnswerKey, response: string): AnswerVerdict | null {
  if (key.check.entityKind !== "person") return null;
  const words = normaliseText(response).split(" ");
  if (words.length !== 1 || (words[0] ?? "").length < 3) return null;
  const surname = words[0] as string;
  const lastWord = (name: string) => normaliseText(name).split(" ").at(-1) ?? "";
  const names = [key.answer, ...key.accept.map((a) => a.text)];
  if (!names.some((n) => lastWord(n) === surname)) return null;
  const clash = key.check.confusables.find((c) => lastWord(c) === surname);
  if (clash) {
    return verdict(
      false,
      "ambiguous",
      `“${response.trim()}” is ambiguous: ${clash} has the same surname. Give the full name.`,
      key.answer,
    );
  }
  return verdict(true, "surname", "Correct (the surname is enough here).", key.answer);
}

function closest(given: string, names: readonly string[]): { name: string; distance: number } {
  let best = { name: "", distance: Number.POSITIVE_INFINITY };
  for (const name of names) {
    const target = compactText(name);
    const distance = editDistance(given, target, 3);
    if (distance < best.distance) best = { name, distance };
  }
  return best;
}

function checkNearMiss(key: TypedAnswerKey, given: string): AnswerVerdict {
  const expected = key.answer;
  const targets = [expected, ...key.accept.map((a) => a.text)];
  const best = closest(given, targets);
  const rival = closest(given, key.check.confusables);
  const allowance = nearMissAllowance(compactText(best.name).length);
  if (rival.distance <= 2 && rival.distance <= best.distance) {
    return verdict(
      false,
      "similar-name",
      `“${given}” looks like ${rival.name}, which is not the answer.`,
      expected,
    );
  }
  if (best.distance > 0 && best.distance <= allowance) {
    return verdict(
      true,
      "near-miss",
      `Accepted, but check the spelling: “${best.name}”.`,
      expected,
      true,
    );
  }
  return verdict(false, "wrong", `Not correct: the answer is ${expected}.`, expected);
}

function describeDate(date: CalendarDate): string {
  return formatCalendarDate(date);
}

function checkDate(key: TypedAnswerKey, response: string): AnswerVerdict {
  const expected = key.answer;
  const target = key.check.date;
  if (!target) return verdict(false, "invalid", "This question has no date to check.", expected);
  const candidates = parseDateAnswer(response);
  if (candidates.length === 0) {
    return verdict(false, "invalid", "That is not a date I can read.", expected);
  }
  const wantsYearOnly = key.check.answerKind === "year" || target.month === undefined;
  let best: AnswerVerdict | null = null;
  for (const given of candidates) {
    const result = compareDates(target, given, wantsYearOnly, expected);
    if (result.correct) return result;
    if (!best) best = result;
  }
  return best as AnswerVerdict;
}

function compareDates(
  target: CalendarDate,
  given: CalendarDate,
  wantsYearOnly: boolean,
  expected: string,
): AnswerVerdict {
  if (given.year !== target.year) {
    const diff = Math.abs(given.year - target.year);
    return verdict(
      false,
      "wrong-year",
      `Wrong year: ${given.year} is ${diff} year${diff === 1 ? "" : "s"} off; the answer is ${expected}.`,
      expected,
    );
  }
  if (wantsYearOnly) {
    const extra = given.month !== undefined ? " (the source gives only the year)" : "";
    return verdict(true, "year", `Correct year${extra}.`, expected);
  }
  if (given.month === undefined) {
    return verdict(
      false,
      "imprecise",
      `The year is right, but the source gives the ${target.day === undefined ? "month" : "day"}: ${expected}.`,
      expected,
    );
  }
  if (given.month !== target.month) {
    return verdict(
      false,
      "wrong-month",
      `Right year, wrong month: the answer is ${expected}.`,
      expected,
    );
  }
  if (target.day === undefined) {
    const extra = given.day !== undefined ? " (the source gives only the month)" : "";
    return verdict(true, "date", `Correct${extra}.`, expected);
  }
  if (given.day === undefined) {
    return verdict(
      false,
      "imprecise",
      `Right month, but the source gives the day: ${expected}.`,
      expected,
    );
  }
  if (given.day !== target.day) {
    return verdict(
      false,
      "wrong-day",
      `Right month, wrong day (${describeDate(given)}): the answer is ${expected}.`,
      expected,
    );
  }
  return verdict(true, "date", "Correct.", expected);
}

function checkNumber(key: TypedAnswerKey, response: string): AnswerVerdict {
  const expected = key.answer;
  const targets = key.check.quantities ?? [];
  if (targets.length === 0) {
    return verdict(false, "invalid", "This question has no number to check.", expected);
  }
  const given = parseQuantity(response);
  if (!given) return verdict(false, "invalid", "That is not a number I can read.", expected);
  const sameValue = targets.filter((t) => sameQuantityValue(given.value, t.value));
  if (sameValue.length === 0) {
    return verdict(false, "wrong-number", `Not the figure given: ${expected}.`, expected);
  }
  const unitOk = sameValue.some(
    (t) => given.unit === null || t.unit === null || t.unit === given.unit,
  );
  if (!unitOk)
    return verdict(false, "wrong-unit", `Wrong unit: the answer is ${expected}.`, expected);
  return verdict(true, "number", "Correct.", expected);
}
