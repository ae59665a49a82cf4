/**
 * How the engine speaks of records. It writes no English of its own beyond joining the author's
 * pieces (`say.name`, `say.statement`, stems) with a few grammatical words: nothing here is
 * specific to any course.
 */
import type { Course, CourseRecord, FactRecord, Source, SourceRef } from "@/lib/content/types";

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]?.toUpperCase() + text.slice(1);
}

/** "the Treaty of Hallow" → "Treaty of Hallow" (for options and list items). */
export function withoutArticle(text: string): string {
  return text.replace(/^(the|a|an)\s+/i, "");
}

/** The record's own name or title, as written in the course. */
export function nameOf(record: CourseRecord): string {
  switch (record.kind) {
    case "document":
    case "event":
    case "source":
      return record.title;
    case "figure":
      return record.label;
    default:
      return record.name;
  }
}

export function nameById(course: Course, id: string): string {
  const record = course.byId.get(id);
  return record ? nameOf(record) : id;
}

/**
 * How a record reads inside a sentence: its `say.name`, else a person's or a place's name. Null
 * for anything else without `say.name` (a title is a headline, and whether a body's name takes
 * "the" is the author's call): the templates need it, so such a record is asked only through
 * authored stems.
 */
export function subjectOf(record: FactRecord): string | null {
  if (record.say.name !== null) return record.say.name;
  return record.kind === "person" || record.kind === "place" ? record.name : null;
}

/**
 * The text of a record as an option or a list item: a person, place or body by its name; a
 * document or an event by its `say.name` without the article ("Agreement on the Lantern Cable").
 */
export function optionTextOf(record: CourseRecord): string {
  if ((record.kind === "document" || record.kind === "event") && record.say.name !== null) {
    return capitalise(withoutArticle(record.say.name));
  }
  return nameOf(record);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const INITIAL = /^(\p{Lu}\p{Ll}?\.)+$/u;

/** The surname of an author written "Varrow I. K.", "I. K. Varrow" or "Ilse Varrow". */
function surnameOf(author: string): string {
  const all = author.split(/\s+/).filter((w) => w.length > 0);
  const words = all.filter((w) => !INITIAL.test(w));
  // With initials the one full word is the surname; "Given Surname" ends with it; three or more
  // full words are the surname-first order of patronymic names ("Surname Given Patronymic").
  if (words.length < all.length || words.length >= 3) return words[0] ?? author;
  return words.at(-1) ?? author;
}

/** "Varrow and Pell", "Varrow", or the source's title when it names no author. */
export function authorsLabel(source: Source): string {
  const names = source.authors.map(surnameOf);
  if (names.length === 0) return `“${source.title}”`;
  if (names.length === 1) return names[0] as string;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al.`;
}

/** "Varrow", "Varrow and Pell", "Varrow, Pell, and Oakes". */
export function attributionOf(refs: readonly SourceRef[]): string {
  const labels = [...new Set(refs.map((r) => authorsLabel(r.source)))];
  if (labels.length <= 1) return labels[0] ?? "the sources";
  // "Varrow, and Pell and Oakes" keeps co-authors together.
  const last = labels.length > 2 || labels.some((l) => l.includes(" and ")) ? ", and " : " and ";
  return `${labels.slice(0, -1).join(", ")}${last}${labels.at(-1)}`;
}
