import type { Course, CourseRecord, Role, Source, SourceRef } from "@/lib/content/types";
import { normaliseText } from "../normalise-text";
import { formatDateValue } from "./date-values";

/** Words after which a title reads best with "the": "the Agreement on …", "the official visit …". */
const COMMON_HEADS = new Set([
  "agreement",
  "declaration",
  "protocol",
  "convention",
  "treaty",
  "memorandum",
  "contract",
  "programme",
  "program",
  "plan",
  "charter",
  "decision",
  "joint",
  "visit",
  "official",
  "state",
  "working",
  "summit",
  "meeting",
  "conference",
  "opening",
  "founding",
  "ceremony",
  "signing",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "international",
  "intergovernmental",
  "commission",
  "council",
  "union",
  "organisation",
  "organization",
  "association",
  "assembly",
  "centre",
  "center",
  "foundation",
  "trans",
  "transport",
  "route",
  "pipeline",
  "ferry",
  "railway",
  "port",
  "terminal",
  "corridor",
  "campaign",
  "battle",
  "election",
  "award",
  "publication",
  "appointment",
  "kazakh",
  "final",
  "bilateral",
  "annual",
  "regular",
  "informal",
  "extraordinary",
]);

/** "the Act of Union", "the Kelp Road causeway": documents, projects and organisations. */
export function withDefiniteArticle(title: string): string {
  return /^the\s/i.test(title) ? title : `the ${title}`;
}

const NOUN_ENDING = /.{3}(tion|sion|ment|ing|ship|ence|ance)$/;

/** True when a title reads as a noun phrase ("Official visit …", "Proclamation of …"), not a headline. */
export function isNounPhrase(title: string): boolean {
  const words = title.split(/[\s–-]+/).map((w) => w.toLowerCase());
  const first = words[0] === "the" ? (words[1] ?? "") : (words[0] ?? "");
  return COMMON_HEADS.has(first) || NOUN_ENDING.test(first);
}

/** "the Agreement on …" for noun-phrase titles, the bare title otherwise. */
export function withArticle(title: string): string {
  if (/^the\s/i.test(title)) return title;
  return isNounPhrase(title) ? `the ${title}` : title;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]?.toUpperCase() + text.slice(1);
}

/** The display name of any record. */
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
 * "President of Kazakhstan" from a role: the country is added only when the title names neither
 * it nor the role's organisation ("Speaker of the Federal Assembly" stays as it is).
 */
export function roleText(course: Course, role: Role): string {
  const title = normaliseText(role.title);
  const country = role.country ? nameById(course, role.country) : null;
  const organisation = role.organisation ? course.byId.get(role.organisation) : undefined;
  const orgWords = organisation
    ? normaliseText(nameOf(organisation)).split(" ").slice(0, 2).join(" ")
    : null;
  const namesOrganisation =
    orgWords !== null &&
    (title.includes(orgWords) ||
      (organisation?.kind === "organisation" &&
        organisation.acronym !== null &&
        title.includes(normaliseText(organisation.acronym))));
  const stem = normaliseText(country ?? "").slice(0, 5);
  const namesCountry = stem.length === 5 && title.split(" ").some((w) => w.startsWith(stem));
  if (country && !namesCountry && !namesOrganisation) {
    return `${role.title} of ${country}`;
  }
  return role.title;
}

export function rolePeriodText(role: Role): string | null {
  return role.period ? formatDateValue(role.period) : null;
}

const INITIAL = /^(\p{Lu}\p{Ll}?\.)+$/u;

/** The surname of an author written "Kerchelaev Yu. V.", "A. N. Ospanova" or "Ilse Varrow". */
function surnameOf(author: string): string {
  const all = author.split(/\s+/).filter((w) => w.length > 0);
  const words = all.filter((w) => !INITIAL.test(w));
  // With initials the one full word is the surname; "Given Surname" ends with it; three or more
  // full words are the surname-first order of patronymic names ("Kerchelaev Yurii Vladimirovich").
  if (words.length < all.length || words.length >= 3) return words[0] ?? author;
  return words.at(-1) ?? author;
}

/** "Ospanova and Agaeva", "Kerchelaev", or the source's title when it names no author. */
export function authorsLabel(source: Source): string {
  const names = source.authors.map(surnameOf);
  if (names.length === 0) return `“${source.title}”`;
  if (names.length === 1) return names[0] as string;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al.`;
}

/** "Kerchelaev", "Kerchelaev and Ibrahimova", "Kerchelaev, Isabayev, and Ibrahimova". */
export function attributionOf(refs: readonly SourceRef[]): string {
  const labels = [...new Set(refs.map((r) => authorsLabel(r.source)))];
  if (labels.length <= 1) return labels[0] ?? "the sources";
  // "Kerchelaev, and Ospanova and Agaeva" keeps co-authors together.
  const last = labels.length > 2 || labels.some((l) => l.includes(" and ")) ? ", and " : " and ";
  return `${labels.slice(0, -1).join(", ")}${last}${labels.at(-1)}`;
}
