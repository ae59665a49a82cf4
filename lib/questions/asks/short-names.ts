import {
  type Course,
  type CourseRecord,
  ORGANISATION_TYPES,
  type Organisation,
  PLACE_TYPES,
  type Place,
  PROJECT_TYPES,
  type Project,
} from "@/lib/content/types";
import { compactText, normaliseText } from "../normalise-text";
import type { AcceptedAnswer } from "../types";
import { allNamesOf } from "./entity-names";

/**
 * Short names: "Harbourside" for "Harbourside terminal". A name of a place, organisation or project
 * may drop a generic head — trailing words, written in lower case, that say what kind of thing it
 * is rather than which one — when what is left names nothing else in the course. Nothing here knows
 * a course's words: a head is generic when each of its words names a record type of the content
 * schema ("terminal", "port", "region", "air route"…) or when names of several records of one kind
 * end with it ("… oil pipeline"). Capitalised words are part of the name ("Silk Road", "Georgian
 * Railways", "Black Sea" keep theirs). Computed once per course, when the bank is generated, into
 * each typed question's `accept` list.
 */

type NamedRecord = Place | Organisation | Project;

/** Words of every named record type ("historical-state" gives "historical" and "state"). */
const TYPE_WORDS = new Set(
  [...PLACE_TYPES, ...ORGANISATION_TYPES, ...PROJECT_TYPES]
    .filter((type) => type !== "other")
    .flatMap((type) => type.split("-").map(wordKey)),
);

/** Words that cannot end a name, so a short form never ends with one ("Council of"). */
const TRAILING_STOP_WORDS = new Set(["of", "and", "the", "for", "on", "in", "to", "at", "de"]);

/** A trailing "(…)" that tells two records apart, e.g. "Vatan (newspaper)". */
const QUALIFIER = /\s*\([^()]*\)\s*$/;

/** One spelling per word: "Organization" and "organisations" match the type "organisation". */
function wordKey(word: string): string {
  return normaliseText(word)
    .replace(/iz(e|ed|ation)$/, "is$1")
    .replace(/(?<=...)s$/, "");
}

const tokensOf = (name: string) => name.trim().split(/\s+/).filter(Boolean);
/** A common noun in a name: letters, all in lower case ("terminal", not "Terminal" or "(Lev"). */
const isLowerCaseWord = (token: string) => /^\p{Ll}[\p{Ll}\p{Pd}'’]*$/u.test(token);
const suffixKey = (tokens: readonly string[]) => tokens.map(wordKey).join(" ");

function isNamed(record: CourseRecord): record is NamedRecord {
  return record.kind === "place" || record.kind === "organisation" || record.kind === "project";
}

/** The record's names, then those of them without their trailing qualifier. */
function baseNames(record: NamedRecord): { names: string[]; unqualified: string[] } {
  const names = allNamesOf(record);
  const unqualified = names
    .map((name) => name.replace(QUALIFIER, ""))
    .filter((name) => name.length > 0 && !names.includes(name));
  return { names, unqualified: [...new Set(unqualified)] };
}

/** Each name of the record without its trailing qualifier, once. */
function unqualifiedNames(record: NamedRecord): string[] {
  const { names, unqualified } = baseNames(record);
  return [...new Set([...names.filter((n) => !QUALIFIER.test(n)), ...unqualified])];
}

interface ShortNameIndex {
  /** Record id → its unambiguous short forms. */
  shortForms: Map<string, string[]>;
  /** Record id → the normalised words its names may be given with or without. */
  genericWords: Map<string, string[]>;
}

const indexes = new WeakMap<Course, ShortNameIndex>();

function buildIndex(course: Course): ShortNameIndex {
  const records = [...course.byId.values()].filter(isNamed);
  // Tails (one word or more, never a whole name) that names of two records of one kind share.
  const tailOwners = new Map<string, Set<string>>();
  for (const record of records) {
    for (const name of unqualifiedNames(record)) {
      const tokens = tokensOf(name);
      for (let k = 1; k < tokens.length; k += 1) {
        const key = `${record.kind}:${suffixKey(tokens.slice(k))}`;
        const owners = tailOwners.get(key) ?? new Set<string>();
        owners.add(record.id);
        tailOwners.set(key, owners);
      }
    }
  }
  const isGenericTail = (kind: string, tail: readonly string[]) =>
    tail.every(isLowerCaseWord) &&
    (tail.every((word) => TYPE_WORDS.has(wordKey(word))) ||
      (tailOwners.get(`${kind}:${suffixKey(tail)}`)?.size ?? 0) >= 2);

  // Every way any record of the course is written, by whom.
  const namesBy = new Map<string, Set<string>>();
  for (const record of course.byId.values()) {
    if (record.kind === "source" || record.kind === "figure") continue;
    for (const name of allNamesOf(record)) {
      const owners = namesBy.get(compactText(name)) ?? new Set<string>();
      owners.add(record.id);
      namesBy.set(compactText(name), owners);
    }
  }

  const candidates = new Map<string, Map<string, string>>();
  const genericWords = new Map<string, string[]>();
  const shortOwners = new Map<string, Set<string>>();
  for (const record of records) {
    const own = new Map<string, string>();
    const words = new Set(record.type === "other" ? [] : record.type.split("-").map(normaliseText));
    const add = (text: string) => {
      const key = compactText(text);
      if (key.length < 3 || own.has(key)) return;
      own.set(key, text);
      const owners = shortOwners.get(key) ?? new Set<string>();
      owners.add(record.id);
      shortOwners.set(key, owners);
    };
    const { unqualified } = baseNames(record);
    for (const name of unqualified) add(name);
    for (const name of unqualifiedNames(record)) {
      const tokens = tokensOf(name);
      for (let k = 1; k < tokens.length; k += 1) {
        const tail = tokens.slice(k);
        if (!isGenericTail(record.kind, tail)) continue;
        for (const word of tail) for (const w of normaliseText(word).split(" ")) words.add(w);
        const head = tokens.slice(0, k);
        if (TRAILING_STOP_WORDS.has(normaliseText(head.at(-1) ?? ""))) continue;
        add(head.join(" "));
      }
    }
    candidates.set(record.id, own);
    genericWords.set(record.id, [...words].filter((w) => w.length > 0).sort());
  }

  const shortForms = new Map<string, string[]>();
  for (const record of records) {
    const ownNames = new Set(allNamesOf(record).map(compactText));
    const kept: string[] = [];
    for (const [key, text] of candidates.get(record.id) ?? []) {
      if (ownNames.has(key)) continue;
      const namedOthers = [...(namesBy.get(key) ?? [])].some((id) => id !== record.id);
      const sharedShort = (shortOwners.get(key)?.size ?? 0) > 1;
      if (!namedOthers && !sharedShort) kept.push(text);
    }
    shortForms.set(record.id, kept);
  }
  return { shortForms, genericWords };
}

function indexOf(course: Course): ShortNameIndex {
  let index = indexes.get(course);
  if (!index) {
    index = buildIndex(course);
    indexes.set(course, index);
  }
  return index;
}

/**
 * The record's short names that nothing else in the course is called (by its name, another name,
 * or a short name of its own), as accepted answers. People have none (a surname has its own rule).
 */
export function shortNamesOf(course: Course, record: CourseRecord): AcceptedAnswer[] {
  return (indexOf(course).shortForms.get(record.id) ?? []).map((text) => ({
    text,
    code: "short-name",
  }));
}

/**
 * Words an answer naming this record may carry or leave out without naming something else: the
 * words of its type and of the generic heads of its names ("the BTC pipeline" is "BTC"); for a
 * person, the words of their titles ("President …").
 */
export function genericWordsOf(course: Course, record: CourseRecord): string[] {
  if (record.kind === "person") {
    const words = record.roles.flatMap((role) => normaliseText(role.title).split(" "));
    return [...new Set(words.filter((w) => w.length > 0))].sort();
  }
  return indexOf(course).genericWords.get(record.id) ?? [];
}
