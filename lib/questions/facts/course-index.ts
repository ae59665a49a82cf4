import type { Course, FactRecord, Place } from "@/lib/content/types";
import { normaliseText } from "../normalise-text";

/**
 * Look-ups and distractor pools the fact extractor needs, built lazily and once per course so
 * that extraction stays linear in the size of the course (pools are shared, never copied).
 */
export interface CourseIndex {
  course: Course;
  factRecords: readonly FactRecord[];
  place(id: string): Place | undefined;
  /** Country id a place lies in (itself for a country), or null. */
  countryOf(placeId: string): string | null;
  /** The place and every place it lies within. */
  ancestorsOf(placeId: string): ReadonlySet<string>;
  /** One place lies within the other (or they are the same). */
  nested(a: string, b: string): boolean;
  /** How many other records refer to this id. */
  referenceCount(id: string): number;
  /**
   * The year a person belongs to (the median of their dated roles, events and signed documents),
   * or null when the course dates nothing about them.
   */
  eraOf(personId: string): number | null;
  /** A pool computed once per key. */
  pool<T>(key: string, build: () => T): T;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Every id a record refers to (for reference counts). */
function referencesOf(record: FactRecord): string[] {
  switch (record.kind) {
    case "person":
      return record.roles
        .flatMap((r) => [r.country, r.organisation])
        .filter((x): x is string => !!x);
    case "place":
      return record.within ? [record.within] : [];
    case "organisation":
      return [
        ...record.members,
        ...(record.headquarters ? [record.headquarters] : []),
        ...(record.successorOf ? [record.successorOf] : []),
      ];
    case "project":
      return [...record.route, ...record.countries, ...record.organisations];
    case "document":
      return [
        ...record.parties,
        ...record.signatories,
        ...record.projects,
        ...record.organisations,
        ...(record.place?.claims.map((c) => c.value) ?? []),
      ];
    case "event":
      return [
        ...record.participants,
        ...record.countries,
        ...record.documents,
        ...record.projects,
        ...record.organisations,
        ...(record.place?.claims.map((c) => c.value) ?? []),
      ];
    case "figure":
      return [
        ...record.subjects,
        ...(record.from ? [record.from] : []),
        ...(record.to ? [record.to] : []),
      ];
  }
}

export function buildCourseIndex(course: Course): CourseIndex {
  const factRecords: FactRecord[] = [
    ...course.people,
    ...course.places,
    ...course.organisations,
    ...course.projects,
    ...course.documents,
    ...course.events,
    ...course.figures,
  ];
  const places = new Map<string, Place>(course.places.map((p) => [p.id, p]));
  const ancestorCache = new Map<string, Set<string>>();
  const ancestorsOf = (id: string): Set<string> => {
    const cached = ancestorCache.get(id);
    if (cached) return cached;
    const seen = new Set<string>();
    let current: string | null = id;
    while (current && !seen.has(current)) {
      seen.add(current);
      current = places.get(current)?.within ?? null;
    }
    ancestorCache.set(id, seen);
    return seen;
  };
  const countryOf = (id: string): string | null => {
    for (const ancestor of ancestorsOf(id)) {
      if (places.get(ancestor)?.type === "country") return ancestor;
    }
    return null;
  };
  const references = new Map<string, number>();
  for (const record of factRecords) {
    for (const ref of new Set(referencesOf(record))) {
      references.set(ref, (references.get(ref) ?? 0) + 1);
    }
  }
  const years = new Map<string, number[]>();
  const addYears = (id: string, iso: readonly string[]) => {
    const list = years.get(id) ?? [];
    for (const text of iso) list.push(Number(text.slice(0, 4)));
    years.set(id, list);
  };
  for (const person of course.people) {
    addYears(
      person.id,
      person.roles.flatMap((r) => (r.period ? [r.period.start] : [])),
    );
  }
  for (const event of course.events) {
    for (const id of event.participants)
      addYears(
        id,
        event.date.claims.map((c) => c.value.start),
      );
  }
  for (const doc of course.documents) {
    for (const id of doc.signatories)
      addYears(id, doc.date?.claims.map((c) => c.value.start) ?? []);
  }
  const eraOf = (id: string): number | null => {
    const list = [...(years.get(id) ?? [])].sort((a, b) => a - b);
    return list.length === 0 ? null : (list[Math.floor(list.length / 2)] as number);
  };
  const pools = new Map<string, unknown>();
  return {
    eraOf,
    course,
    factRecords,
    place: (id) => places.get(id),
    countryOf,
    ancestorsOf,
    nested: (a, b) => ancestorsOf(a).has(b) || ancestorsOf(b).has(a),
    referenceCount: (id) => references.get(id) ?? 0,
    pool<T>(key: string, build: () => T): T {
      if (!pools.has(key)) pools.set(key, build());
      return pools.get(key) as T;
    },
  };
}

/** Shared distractor pools, keyed and built on first use. */
export const pools = {
  placesOfType: (index: CourseIndex, type: string) =>
    index.pool(`places:${type}`, () =>
      index.course.places.filter((p) => p.type === type).map((p) => p.id),
    ),
  placesOfTypeInCountry: (index: CourseIndex, type: string, country: string) =>
    index
      .pool(`places-in:${type}`, () => {
        const map = new Map<string, string[]>();
        for (const p of index.course.places) {
          const c = index.countryOf(p.id);
          if (p.type === type && c) pushTo(map, c, p.id);
        }
        return map;
      })
      .get(country) ?? [],
  placeNamesOfType: (index: CourseIndex, type: string) =>
    index.pool(`place-names:${type}`, () =>
      index.course.places.filter((p) => p.type === type).flatMap((p) => p.names.map((n) => n.name)),
    ),
  allPeople: (index: CourseIndex) =>
    index.pool("people", () => index.course.people.map((p) => p.id)),
  peopleWithTitle: (index: CourseIndex, title: string) =>
    index
      .pool("people-by-title", () => {
        const map = new Map<string, string[]>();
        for (const p of index.course.people) {
          for (const r of p.roles) pushTo(map, normaliseText(r.title), p.id);
        }
        return map;
      })
      .get(normaliseText(title)) ?? [],
  peopleOfCountry: (index: CourseIndex, country: string) =>
    index
      .pool("people-by-country", () => {
        const map = new Map<string, string[]>();
        for (const p of index.course.people) {
          for (const r of p.roles) if (r.country) pushTo(map, r.country, p.id);
        }
        return map;
      })
      .get(country) ?? [],
  /** People who hold an office of some country: plausible signatories, envoys, hosts. */
  officeHolders: (index: CourseIndex) =>
    index.pool("office-holders", () =>
      index.course.people.filter((p) => p.roles.some((r) => r.country)).map((p) => p.id),
    ),
  /** Documents of one family of types (signed agreements, adopted programmes…). */
  documentsOfType: (index: CourseIndex, type: string) =>
    index.pool(`documents:${type}`, () =>
      index.course.documents.filter((d) => d.type === type).map((d) => d.id),
    ),
  countries: (index: CourseIndex) =>
    index.pool("countries", () =>
      index.course.places.filter((p) => p.type === "country").map((p) => p.id),
    ),
  allProjects: (index: CourseIndex) =>
    index.pool("projects", () => index.course.projects.map((p) => p.id)),
  allCarries: (index: CourseIndex) =>
    index.pool("carries", () => [...new Set(index.course.projects.flatMap((p) => p.carries))]),
  allDocuments: (index: CourseIndex) =>
    index.pool("documents", () => index.course.documents.map((d) => d.id)),
  organisationsOfType: (index: CourseIndex, type: string) =>
    index.pool(`orgs:${type}`, () =>
      index.course.organisations.filter((o) => o.type === type).map((o) => o.id),
    ),
  organisationNamesOfType: (index: CourseIndex, type: string) =>
    index.pool(`org-names:${type}`, () =>
      index.course.organisations.filter((o) => o.type === type).map((o) => o.name),
    ),
  allOrganisations: (index: CourseIndex) =>
    index.pool("orgs", () => index.course.organisations.map((o) => o.id)),
  allOrganisationNames: (index: CourseIndex) =>
    index.pool("org-names", () => index.course.organisations.map((o) => o.name)),
  acronyms: (index: CourseIndex) =>
    index.pool("acronyms", () =>
      [...index.course.organisations, ...index.course.projects]
        .map((r) => r.acronym)
        .filter((a): a is string => a !== null),
    ),
  projectNamesOfType: (index: CourseIndex, type: string) =>
    index.pool(`project-names:${type}`, () =>
      index.course.projects.filter((p) => p.type === type).map((p) => p.name),
    ),
  allProjectNames: (index: CourseIndex) =>
    index.pool("project-names", () => index.course.projects.map((p) => p.name)),
  /** What projects of other types carry: never true of a project of this type's own list. */
  carriesNotOfType: (index: CourseIndex, type: string) =>
    index.pool(`carries-not:${type}`, () => [
      ...new Set(index.course.projects.filter((p) => p.type !== type).flatMap((p) => p.carries)),
    ]),
};
