/** The `Course` from its manifest and built records. */
import type { CourseManifest } from "../schema";
import type { Course, CourseRecord } from "../types";

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each kind sorted by id, so the course does not depend on how its files are laid out. */
export function assembleCourse(manifest: CourseManifest, records: CourseRecord[]): Course {
  const of = <K extends CourseRecord["kind"]>(kind: K) =>
    records.filter((r): r is Extract<CourseRecord, { kind: K }> => r.kind === kind).sort(byId);
  const sorted = [
    ...of("source"),
    ...of("person"),
    ...of("place"),
    ...of("organisation"),
    ...of("project"),
    ...of("document"),
    ...of("event"),
    ...of("figure"),
  ];
  return {
    id: manifest.id,
    title: manifest.title,
    description: manifest.description ?? null,
    language: manifest.language,
    themes: manifest.themes.map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description ?? null,
      maxShare: t.maxShare ?? null,
    })),
    sourceFolder: manifest.sourceFolder,
    sources: of("source"),
    people: of("person"),
    places: of("place"),
    organisations: of("organisation"),
    projects: of("project"),
    documents: of("document"),
    events: of("event"),
    figures: of("figure"),
    byId: new Map(sorted.map((r) => [r.id, r])),
  };
}
