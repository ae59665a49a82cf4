/**
 * Every way the course writes a record's name, and the reverse look-up from a text to the records
 * it names, misprints marked by the author included.
 */
import type { Course, CourseRecord, FactRecord, Person, Role } from "@/lib/content/types";
import { capitalise, nameOf, withoutArticle } from "../facts/wording";
import { normalise } from "./text-match";

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const key = normalise(name);
    if (key.length > 0 && !seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/**
 * The author's `say.name` as options show it ("the Declaration on X" → "Declaration on X"), for
 * the records whose options and items the generator writes that way (documents, events, bodies,
 * projects); null for people, places, figures (a figure's `say.name` is a description).
 */
export function sayNameOf(record: CourseRecord): string | null {
  if (record.kind === "source" || record.kind === "person" || record.kind === "place") return null;
  if (record.kind === "figure") return null;
  return record.say.name ? capitalise(withoutArticle(record.say.name.trim())) : null;
}

/** Every name of a record: canonical first, then variants, former names, acronym, aliases, and
 * the author's `say.name` (what options show). */
export function namesOf(record: CourseRecord): string[] {
  const said = sayNameOf(record);
  return said === null ? ownNamesOf(record) : unique([...ownNamesOf(record), said]);
}

/** The names the record's own fields give (no `say.name`): what a source may print. */
export function ownNamesOf(record: CourseRecord): string[] {
  switch (record.kind) {
    case "person":
      return unique([record.name, ...record.names, ...record.variants.map((v) => v.name)]);
    case "place":
      return unique([record.name, ...record.names.map((n) => n.name)]);
    case "organisation":
    case "project":
      return unique([record.name, ...(record.acronym ? [record.acronym] : []), ...record.aliases]);
    case "document":
      return unique([record.title, ...record.titleVariants]);
    default:
      return [nameOf(record)];
  }
}

/** Names the author marked as misprints: never to be offered as an answer or an option. */
export function misprintNamesOf(record: CourseRecord): string[] {
  const variants =
    record.kind === "person" ? record.variants : record.kind === "place" ? record.names : [];
  return variants.filter((v) => v.misprint).map((v) => v.name);
}

function lastWord(name: string): string {
  return normalise(name).split(" ").at(-1) ?? "";
}

export interface NameIndex {
  /** Records (not sources) a text names exactly, once normalised. */
  recordsNamed(text: string): FactRecord[];
  /** Surnames (≥ 4 letters) that belong to exactly one person of the course. */
  uniqueSurnamesOf(person: Person): string[];
  /** People and the role whose title a text is, once normalised. */
  rolesTitled(text: string): { person: Person; role: Role }[];
  /** Every fact record with its normalised names, for scanning a text for names. */
  readonly entries: readonly { record: FactRecord; names: readonly string[] }[];
}

export function buildNameIndex(course: Course): NameIndex {
  const byName = new Map<string, FactRecord[]>();
  const entries: { record: FactRecord; names: string[] }[] = [];
  const surnameCount = new Map<string, number>();
  const roles = new Map<string, { person: Person; role: Role }[]>();
  for (const record of course.byId.values()) {
    if (record.kind === "source") continue;
    const names = namesOf(record).map(normalise);
    entries.push({ record, names });
    for (const key of names) {
      const list = byName.get(key) ?? [];
      if (!list.includes(record)) list.push(record);
      byName.set(key, list);
    }
    if (record.kind === "person") {
      for (const surname of new Set(namesOf(record).map(lastWord))) {
        surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
      }
      for (const role of record.roles) {
        const key = normalise(role.title);
        roles.set(key, [...(roles.get(key) ?? []), { person: record, role }]);
      }
    }
  }
  return {
    entries,
    recordsNamed: (text) => byName.get(normalise(text)) ?? [],
    uniqueSurnamesOf: (person) =>
      [...new Set(namesOf(person).map(lastWord))].filter(
        (s) => s.length >= 4 && surnameCount.get(s) === 1,
      ),
    rolesTitled: (text) => roles.get(normalise(text)) ?? [],
  };
}
