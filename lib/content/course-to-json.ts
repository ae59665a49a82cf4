/**
 * The normalised course as plain JSON data in a stable order (records sorted by id, keys in
 * model order). Cited sources are written as their id: `{ source: "<id>", quote }`.
 */
import type { Course, CourseRecord, SourceRef } from "./types";

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

function isSourceRef(value: object): value is SourceRef {
  return "source" in value && "quote" in value && typeof (value as SourceRef).source === "object";
}

function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value instanceof Map) return null;
  if (typeof value === "object") {
    if (isSourceRef(value)) return { source: value.source.id, quote: value.quote };
    const out: { [key: string]: JsonValue } = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner instanceof Map) continue;
      out[key] = toJson(inner);
    }
    return out;
  }
  return null;
}

export function courseToJson(course: Course): JsonValue {
  const counts: { [kind: string]: JsonValue } = {
    sources: course.sources.length,
    people: course.people.length,
    places: course.places.length,
    organisations: course.organisations.length,
    projects: course.projects.length,
    documents: course.documents.length,
    events: course.events.length,
    figures: course.figures.length,
  };
  const json = toJson(course) as { [key: string]: JsonValue };
  return { ...json, counts };
}

/** JSON of one record, with the same conventions. */
export function recordToJson(record: CourseRecord): JsonValue {
  return toJson(record);
}
