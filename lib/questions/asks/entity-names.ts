import type { Course, CourseRecord } from "@/lib/content/types";
import { formatDateValue } from "../facts/date-values";
import { nameOf } from "../facts/wording";
import { containsPhrase, normaliseText } from "../normalise-text";
import type { AcceptedAnswer } from "../types";

/** Other accepted answers for a record: spelling variants, other names, acronyms, aliases. */
export function acceptedNamesOf(record: CourseRecord): AcceptedAnswer[] {
  const canonical = normaliseText(nameOf(record));
  const out: AcceptedAnswer[] = [];
  const add = (answer: AcceptedAnswer) => {
    const key = normaliseText(answer.text);
    if (key.length > 0 && key !== canonical && !out.some((a) => normaliseText(a.text) === key)) {
      out.push(answer);
    }
  };
  switch (record.kind) {
    case "person":
      for (const v of record.variants) {
        const note = v.misprint ? "a misprint in the source" : v.note;
        add(note ? { text: v.name, code: "variant", note } : { text: v.name, code: "variant" });
      }
      for (const n of record.names) add({ text: n, code: "variant" });
      break;
    case "place":
      for (const n of record.names) {
        if (n.misprint) {
          // Accepted (the student read it in the source), and said for what it is.
          add({ text: n.name, code: "variant", note: "a misprint in the source" });
          continue;
        }
        const note = n.period ? `name used ${formatDateValue(n.period)}` : n.note;
        add(
          note
            ? { text: n.name, code: "other-period-name", note }
            : { text: n.name, code: "other-period-name" },
        );
      }
      break;
    case "organisation":
    case "project":
      if (record.acronym) add({ text: record.acronym, code: "acronym" });
      for (const a of record.aliases) add({ text: a, code: "variant" });
      break;
    case "document":
      for (const t of record.titleVariants) add({ text: t, code: "variant" });
      break;
    default:
      break;
  }
  return out;
}

/** Every way a record may be written: its name first, then accepted names. */
export function allNamesOf(record: CourseRecord): string[] {
  return [nameOf(record), ...acceptedNamesOf(record).map((a) => a.text)];
}

const surnameIndexes = new WeakMap<Course, Map<string, string[]>>();

function lastWord(name: string): string {
  return normaliseText(name).split(" ").at(-1) ?? "";
}

/** People (ids) whose name or a variant ends with this surname. */
export function peopleWithSurname(course: Course, surname: string): readonly string[] {
  let index = surnameIndexes.get(course);
  if (!index) {
    index = new Map();
    for (const person of course.people) {
      for (const name of person.names.length > 0 ? person.names : [person.name]) {
        const key = lastWord(name);
        const list = index.get(key) ?? [];
        if (!list.includes(person.id)) list.push(person.id);
        index.set(key, list);
      }
    }
    surnameIndexes.set(course, index);
  }
  return index.get(normaliseText(surname)) ?? [];
}

export function surnameOf(name: string): string {
  return lastWord(name);
}

/** The text names the record under one of its names ("Amir Timur's campaigns" names Amir Timur). */
export function namesRecord(text: string, record: CourseRecord): boolean {
  return allNamesOf(record).some((name) => containsPhrase(text, name));
}
