/** A synthetic course many times larger than a real one, for timing question-bank generation. */
import { type Course, type CourseRecord, RECORD_KINDS } from "@/lib/content/types";

/** Every kind of record but the sources, which copies share. */
const RECORD_ARRAYS = RECORD_KINDS.filter((kind) => kind !== "sources");

/** Fields holding display names, suffixed in copies so that copies are distinct questions. */
const NAME_FIELDS = new Set(["name", "title", "label", "acronym", "statement", "question"]);
/** Authored wording (`say.ask`, a role's or milestone's `ask`): stems are suffixed like names. */
const STEM_FIELDS = new Set(["ask"]);
const NAME_LIST_FIELDS = new Set(["aliases", "titleVariants", "names"]);

function renameDeep(
  value: unknown,
  ids: ReadonlySet<string>,
  suffix: string,
  key: string | null,
): unknown {
  if (typeof value === "string") {
    if (ids.has(value)) return `${value}-${suffix}`;
    if (key !== null && (NAME_FIELDS.has(key) || NAME_LIST_FIELDS.has(key) || STEM_FIELDS.has(key)))
      return `${value} ${suffix}`;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, ids, suffix, key));
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    // Sources stay shared: a source record is not renamed.
    if (obj.kind === "source") return obj;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      out[k] =
        k === "id" && typeof v === "string"
          ? `${v}-${suffix}`
          : // Every stem under `ask` is a name-like text, whatever its property key.
            renameDeep(v, ids, suffix, key !== null && STEM_FIELDS.has(key) ? key : k);
    }
    return out;
  }
  return value;
}

/** How many fact records (sources aside) a course has. */
export function recordCount(course: Course): number {
  return RECORD_ARRAYS.reduce((sum, kind) => sum + course[kind].length, 0);
}

/**
 * A course `times` larger: every fact record cloned `times` times with renamed ids (and names,
 * so the copies ask distinct questions), references rewired inside each copy.
 */
export function syntheticCourse(base: Course, times: number): Course {
  const ids = new Set<string>();
  for (const kind of RECORD_ARRAYS) for (const r of base[kind]) ids.add(r.id);
  const course: Course = {
    ...base,
    id: `${base.id}-x${times}`,
    people: [],
    places: [],
    organisations: [],
    projects: [],
    documents: [],
    events: [],
    figures: [],
    byId: new Map(),
  };
  const byId = new Map<string, CourseRecord>(base.sources.map((s) => [s.id, s]));
  for (let copy = 1; copy <= times; copy++) {
    const suffix = `c${copy}`;
    for (const kind of RECORD_ARRAYS) {
      const list = course[kind] as CourseRecord[];
      for (const record of base[kind]) {
        const clone = renameDeep(record, ids, suffix, null) as CourseRecord;
        list.push(clone);
        byId.set(clone.id, clone);
      }
    }
  }
  return { ...course, byId };
}
