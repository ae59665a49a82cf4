/**
 * The shared builder the per-kind modules (`kinds/*.ts`) use: it reads a record's wording and
 * basis and turns one property into a fact, or into nothing when the property must not be asked
 * (authored `false`, outside knowledge, a value the course title gives away, no way to word it).
 */
import type {
  AskSpec,
  Claim,
  Claimed,
  DateValue,
  FactRecord,
  OrganisationType,
  RecordKind,
  SourceRef,
} from "@/lib/content/types";
import { namesRecord } from "../asks/entity-names";
import { containsPhrase } from "../normalise-text";
import type { QuestionKind } from "../types";
import { type CourseIndex, pools } from "./course-index";
import type { DateFact, NumberFact, RefFact, TextFact } from "./fact";
import { capitalise, nameOf, optionTextOf, subjectOf } from "./wording";

/** 0 (well attested) … 1 (obscure): fewer citing sources and fewer references = more obscure. */
function obscurityOf(index: CourseIndex, record: FactRecord, refs: readonly SourceRef[]): number {
  const sources = new Set(refs.map((r) => r.source.id)).size;
  const cited = sources >= 3 ? 0.15 : sources === 2 ? 0.35 : 0.55;
  const references = index.referenceCount(record.id);
  const referred = references >= 3 ? 0 : references >= 1 ? 0.15 : 0.3;
  return Math.min(1, cited + referred);
}

/** A claim for a list value (signatories, route…), backed by the record's own sources. */
export function recordClaim<T>(value: T, sources: SourceRef[]): Claim<T> {
  return { value, sources, note: null, erratum: null, reportedBy: null };
}

/** Place types a "Where …?" question can be answered with: not a country or a region. */
const PINPOINT_PLACES = new Set(["city", "town", "village", "port", "site", "island", "street"]);

interface Common {
  kind: QuestionKind;
  /** The template question, used when the author wrote no stem; null: asked only if authored. */
  template: string | null;
  statement: ((valuePhrase: string) => string) | null;
  /** The author's sentence for this fact when it is not the record's `say.statement`. */
  authoredStatement?: string | null;
}

interface RefOptions extends Common {
  refKind: RefFact["refKind"];
  values: readonly string[];
  /** Claims when the property is claimable (a place); else one record claim per value. */
  claimed?: Claimed<string>;
  /** Sources of list values (default: the record's). */
  sources?: SourceRef[];
  /** Sources of one list value, when they are not all the same (a document's own quotes). */
  sourcesOf?: (id: string) => SourceRef[];
  tiers: readonly (readonly string[])[];
  /** Stand-ins for one member of a set (default: the shared tiers). */
  standInsFor?: (id: string) => readonly (readonly string[])[];
  alsoTrue?: (id: string) => boolean;
  /** Typed answers are offered for one value of these kinds. */
  typeable?: boolean;
  /** Several values and no authored answer: ask for the first one among others' values. */
  pickOne?: boolean;
  /** The question, when it is not `say.ask[property]` (a role's or milestone's own stem). */
  question?: string | null;
}

export class FactBuilder {
  /** How the record reads inside a sentence; null when it cannot be spoken of (no questions). */
  readonly subject: string | null;

  constructor(
    readonly index: CourseIndex,
    readonly record: FactRecord,
  ) {
    this.subject = subjectOf(record);
  }

  /** The subject at the start of a sentence. */
  get Subject(): string {
    return capitalise(this.subject ?? nameOf(this.record));
  }

  /** The authored way to ask `property`: undefined = the template, false = never. */
  askOf(property: string): AskSpec | undefined {
    return this.record.say.ask[property];
  }

  /** The basis of a property or of anything under it ("roles.0" covers "roles.0.title"). */
  private basisOf(property: string) {
    const entries = Object.entries(this.record.basis);
    return entries.find(([path]) => path === property || property.startsWith(`${path}.`))?.[1];
  }

  isOutside(property: string): boolean {
    return this.basisOf(property)?.kind === "outside";
  }

  inferenceOf(property: string): string | null {
    const basis = this.basisOf(property);
    return basis?.kind === "inferred" ? basis.reason : null;
  }

  /** The question for a property: the author's stem, the template, or null (not asked). */
  questionFor(property: string, template: string | null): string | null {
    if (this.isOutside(property)) return null;
    const spec = this.askOf(property);
    if (spec === false) return null;
    if (spec !== undefined) return spec.question;
    return this.subject === null ? null : template;
  }

  private common(property: string, question: string, refs: readonly SourceRef[], c: Common) {
    return {
      id: `${this.record.id}#${property}`,
      record: this.record,
      property,
      kind: c.kind,
      question,
      statement: c.statement,
      obscurity: obscurityOf(this.index, this.record, refs),
      inference: this.inferenceOf(property),
      authoredStatement:
        c.authoredStatement === undefined ? this.record.say.statement : c.authoredStatement,
    };
  }

  date(
    property: string,
    claimed: Claimed<DateValue> | null,
    c: Common & { itemLabel: string; question?: string | null },
  ): DateFact | null {
    if (!claimed) return null;
    const question = c.question === undefined ? this.questionFor(property, c.template) : c.question;
    if (question === null) return null;
    return {
      ...this.common(
        property,
        question,
        claimed.claims.flatMap((cl) => cl.sources),
        c,
      ),
      valueType: "date",
      claims: claimed.claims,
      disputed: claimed.disputed,
      itemLabel: c.itemLabel,
    };
  }

  /** The question names this record (under any of its names). */
  private namedIn(question: string, id: string): boolean {
    const record = this.index.course.byId.get(id);
    return record !== undefined && namesRecord(question, record);
  }

  /** A value the course title already says ("Which country …?" → a country in the title). */
  private givenByTitle(id: string): boolean {
    const record = this.index.course.byId.get(id);
    return record !== undefined && containsPhrase(this.index.course.title, nameOf(record));
  }

  /**
   * A fact whose value is one or more record ids. A plain stem (or the template) asks for all
   * of them at once; an authored `{ question, answer }` asks for that one.
   */
  refs(property: string, o: RefOptions): RefFact | null {
    if (o.values.length === 0) return null;
    const question = o.question === undefined ? this.questionFor(property, o.template) : o.question;
    if (question === null) return null;
    const spec = this.askOf(property);
    const authored = spec !== undefined && spec !== false ? spec.answer : null;
    const singled = authored ?? (o.pickOne ? (o.values[0] ?? null) : null);
    const sources = o.sources ?? this.record.sources;
    const sourcesFor = (id: string) => o.sourcesOf?.(id) ?? sources;
    const claims: Claim<string>[] =
      o.claimed !== undefined
        ? o.claimed.claims
        : singled !== null
          ? [recordClaim(singled, sourcesFor(singled))]
          : o.values.map((v) => recordClaim(v, sourcesFor(v)));
    const asked = claims.map((c) => c.value);
    if (asked.some((id) => this.givenByTitle(id))) return null;
    const mode =
      o.claimed !== undefined || singled !== null || o.values.length === 1 ? "one" : "set";
    return {
      ...this.common(
        property,
        question,
        claims.flatMap((c) => c.sources),
        o,
      ),
      valueType: "ref",
      refKind: o.refKind,
      claims,
      disputed: o.claimed?.disputed ?? false,
      trueValues: [...new Set([...o.values, ...asked])],
      ...(o.alsoTrue ? { alsoTrue: o.alsoTrue } : {}),
      // One value asked: its own stand-ins (the same office, the same country) come first.
      distractorTiers:
        mode === "one" && asked.length === 1
          ? (o.standInsFor ?? ((id: string) => standInsOf(this.index, id)))(asked[0] as string)
          : o.tiers,
      standInsFor: o.standInsFor ?? ((id) => standInsOf(this.index, id)),
      display: (id) => {
        const record = this.index.course.byId.get(id);
        return record ? optionTextOf(record) : id;
      },
      mode,
      // Typing one of several true values and being told it is wrong would be unfair, unless
      // the question itself names every other one ("Which mayor did Tobias Wren sign with …?").
      typeable:
        (o.typeable ?? true) &&
        mode === "one" &&
        asked.length === 1 &&
        o.values.every((v) => asked.includes(v) || this.namedIn(question, v)),
    };
  }

  /** A place property ("Where …?"): only a pinpointed place, never a whole country or region. */
  place(property: string, claimed: Claimed<string> | null, c: Common): RefFact | null {
    if (!claimed) return null;
    const values = claimed.claims.map((cl) => cl.value);
    const authored = this.askOf(property) !== undefined;
    const pinpoint = values.every((id) => PINPOINT_PLACES.has(this.index.place(id)?.type ?? ""));
    if (!pinpoint && !authored) return null;
    return this.refs(property, {
      ...c,
      refKind: "place",
      values,
      claimed,
      tiers: placeTiers(this.index, values[0] ?? ""),
      // A place inside or around a true place would also be true (a city and its region).
      alsoTrue: (id) => values.some((v) => this.index.nested(v, id)),
    });
  }

  text(
    property: string,
    values: readonly string[],
    c: Common & { tiers: readonly (readonly string[])[]; typedVariants: string[] | null },
  ): TextFact | null {
    if (values.length === 0) return null;
    const question = this.questionFor(property, c.template);
    if (question === null) return null;
    const spec = this.askOf(property);
    const singled = spec !== undefined && spec !== false ? spec.answer : null;
    // A text value is asked one at a time: the singled-out one, or the only one.
    const asked = singled !== null ? [singled] : values.length === 1 ? [values[0] as string] : [];
    if (asked.length === 0) return null;
    return {
      ...this.common(property, question, this.record.sources, c),
      valueType: "text",
      claims: asked.map((v) => recordClaim(v, this.record.sources)),
      disputed: false,
      trueValues: [...values, ...asked],
      distractorTiers: c.tiers,
      typedVariants: c.typedVariants,
    };
  }

  number(
    property: string,
    claimed: Claimed<NumberFact["claims"][number]["value"]>,
    c: Common & { unit: string; forbiddenAmounts: number[]; year: number | null },
  ): NumberFact | null {
    const question = this.questionFor(property, c.template);
    if (question === null) return null;
    return {
      ...this.common(
        property,
        question,
        claimed.claims.flatMap((cl) => cl.sources),
        c,
      ),
      valueType: "number",
      claims: claimed.claims,
      disputed: claimed.disputed,
      unit: c.unit,
      forbiddenAmounts: c.forbiddenAmounts,
      year: c.year,
    };
  }
}

/** Same type in the same country, then same type anywhere. */
export function placeTiers(index: CourseIndex, answer: string): readonly (readonly string[])[] {
  const target = index.place(answer);
  if (!target) return [];
  const country = index.countryOf(answer);
  return [
    country ? pools.placesOfTypeInCountry(index, target.type, country) : [],
    pools.placesOfType(index, target.type),
  ];
}

/**
 * People to offer beside the given ones: holders of the same offices, then office holders of
 * the same countries, then office holders elsewhere. Never people without an office (a poet is
 * no plausible signatory of a treaty).
 */
export function personTiers(index: CourseIndex, people: readonly string[]): readonly string[][] {
  const course = index.course;
  const titles = new Set<string>();
  const countries = new Set<string>();
  for (const id of people) {
    const record = course.byId.get(id);
    if (record?.kind !== "person") continue;
    for (const role of record.roles) {
      titles.add(role.title);
      if (role.country) countries.add(role.country);
    }
  }
  // Only people of the same era: an 11th-century scholar among modern ministers is the odd one out.
  const eras = people.map((id) => index.eraOf(id)).filter((y): y is number => y !== null);
  const sameEra = (id: string) => {
    if (eras.length === 0) return true;
    const era = index.eraOf(id);
    return era !== null && eras.some((y) => Math.abs(y - era) <= ERA_YEARS);
  };
  return [
    [...titles].flatMap((t) => pools.peopleWithTitle(index, t)),
    [...countries].flatMap((c) => pools.peopleOfCountry(index, c)),
    pools.officeHolders(index),
    eras.length > 0 ? pools.allPeople(index) : [],
  ].map((tier) => tier.filter(sameEra));
}

/** People whose known years lie this close count as one era. */
const ERA_YEARS = 50;

/** Types of body a student could mistake for one another (an intergovernmental body for another). */
const ORGANISATION_FAMILY: Record<OrganisationType, string> = {
  "international-organisation": "intergovernmental",
  "regional-organisation": "intergovernmental",
  "parliamentary-assembly": "intergovernmental",
  "summit-series": "intergovernmental",
  conference: "intergovernmental",
  "intergovernmental-commission": "state",
  "government-body": "state",
  company: "business",
  foundation: "civil",
  "cultural-centre": "civil",
  "diaspora-organisation": "civil",
  university: "education",
  media: "media",
  other: "other",
};

/** Bodies of the same type first (companies for a company), then of the same family; never others. */
export function organisationTiers(index: CourseIndex, id: string): readonly (readonly string[])[] {
  const record = index.course.byId.get(id);
  if (record?.kind !== "organisation") return [];
  const family = ORGANISATION_FAMILY[record.type];
  return [
    pools.organisationsOfType(index, record.type),
    index.pool(`orgs-family:${family}`, () =>
      index.course.organisations
        .filter((o) => ORGANISATION_FAMILY[o.type] === family)
        .map((o) => o.id),
    ),
  ];
}

/**
 * Documents of the same type first (a declaration for a declaration), then any document, only of
 * the same era: a treaty of 1813 among declarations of the 2000s is the odd one out.
 */
export function documentTiers(index: CourseIndex, id: string): readonly (readonly string[])[] {
  const record = index.course.byId.get(id);
  const yearOf = (docId: string) => {
    const doc = index.course.byId.get(docId);
    const start = doc?.kind === "document" ? doc.date?.claims[0]?.value.start : undefined;
    return start === undefined ? null : Number(start.slice(0, 4));
  };
  const year = yearOf(id);
  const sameEra = (docId: string) => {
    const other = yearOf(docId);
    return year === null || (other !== null && Math.abs(other - year) <= ERA_YEARS);
  };
  const tiers =
    record?.kind === "document"
      ? [pools.documentsOfType(index, record.type), pools.allDocuments(index)]
      : [pools.allDocuments(index)];
  return tiers.map((tier) => tier.filter(sameEra));
}

/** Stand-ins for any record: of its own kind and type (a place for a place, a body for a body). */
export function standInsOf(index: CourseIndex, id: string): readonly (readonly string[])[] {
  switch (index.course.byId.get(id)?.kind) {
    case "person":
      return personTiers(index, [id]);
    case "place":
      return placeTiers(index, id);
    case "organisation":
      return organisationTiers(index, id);
    case "document":
      return documentTiers(index, id);
    case "project":
      return [pools.allProjects(index)];
    default:
      return [];
  }
}

/** Kinds a record reference may be, for the `refKind` of a fact. */
export function refKindOf(kind: RecordKind): RefFact["refKind"] | null {
  return kind === "source" || kind === "figure" ? null : kind;
}
