/**
 * The normalised course model: what `parseCourse`/`loadCourse` return and what the question engine
 * consumes. References between records are ids (look them up in `course.byId`); a record's own
 * provenance is resolved to `{ source, quote }`.
 */
import type { DateValue } from "./dates";

export type { DatePrecision, DateValue } from "./dates";

export const RECORD_KINDS = [
  "sources",
  "people",
  "places",
  "organisations",
  "projects",
  "documents",
  "events",
  "figures",
] as const;

/** A top-level key of a course file, e.g. `events`. */
export type RecordCollection = (typeof RECORD_KINDS)[number];

/** The singular kind stored on every record, e.g. `"event"`. */
export type RecordKind =
  | "source"
  | "person"
  | "place"
  | "organisation"
  | "project"
  | "document"
  | "event"
  | "figure";

export const KIND_OF_COLLECTION: Record<RecordCollection, RecordKind> = {
  sources: "source",
  people: "person",
  places: "place",
  organisations: "organisation",
  projects: "project",
  documents: "document",
  events: "event",
  figures: "figure",
};

export interface Theme {
  id: string;
  label: string;
  description: string | null;
  /** At most this share (0–1) of the question bank (checked by `questions:lint`), or null. */
  maxShare: number | null;
}

export const SOURCE_TYPES = [
  "journal-article",
  "abstract",
  "article",
  "web-article",
  "book",
  "report",
  "other",
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface Source {
  kind: "source";
  id: string;
  /** Course file the record was written in, relative to the course folder. */
  file: string;
  /** Name of the seed text inside the course's source folder. */
  seedFile: string;
  title: string;
  authors: string[];
  date: DateValue | null;
  type: SourceType;
  publication: string | null;
  doi: string | null;
  url: string | null;
  note: string | null;
}

/** A cited passage: `quote` occurs verbatim (whitespace aside) in `source.seedFile`. */
export interface SourceRef {
  source: Source;
  quote: string;
  /** False when the quote is never offered as a sentence to complete (it reads badly). */
  cloze?: false;
}

/** A passage of a source that is plainly wrong: the claim's `value` is the corrected one. */
export interface Erratum {
  printed: string;
  reason: string;
}

export interface Claim<T> {
  value: T;
  sources: SourceRef[];
  note: string | null;
  erratum: Erratum | null;
  /** Whose claim the source reports ("a co-chairman of the diaspora society"), when not its own. */
  reportedBy: string | null;
}

/**
 * A value some source states. `disputed` is derived: true when two claims are incompatible
 * (different values; for dates, spans that do not overlap). `value` is the agreed value when
 * undisputed (for dates the most precise claim), else null.
 */
export interface Claimed<T> {
  claims: Claim<T>[];
  disputed: boolean;
  value: T | null;
}

/**
 * How one property of a record is asked: `false` never asks it; otherwise an authored question
 * stem and, for a list property (signatories, route…), the one value it asks for.
 */
export type AskSpec = false | { question: string; answer: string | null };

/** How the app speaks of a record, in the author's words. */
export interface Wording {
  /** A noun phrase that reads inside a sentence: "the Declaration on Friendly Relations". */
  name: string | null;
  /** One sentence that states the record's main fact. */
  statement: string | null;
  /** Property (e.g. "date", "signatories") → how it is asked; a missing key uses the template. */
  ask: Readonly<Record<string, AskSpec>>;
}

/** How a field's value is known when its quotes do not state it in so many words. */
export type Basis = { kind: "inferred"; reason: string } | { kind: "outside"; reason: string };

/** Fields shared by every fact-bearing record. */
export interface FactBase {
  id: string;
  file: string;
  themes: string[];
  tags: string[];
  sources: SourceRef[];
  note: string | null;
  say: Wording;
  /** False: the record is never the subject of a question (it may still be an option). */
  quiz: boolean;
  /** Field path ("signatories", "roles.0.period") → inferred (with its reason) or outside knowledge. */
  basis: Readonly<Record<string, Basis>>;
}

export interface NameVariant {
  name: string;
  note: string | null;
  /** A source's misprint: accepted from a student, never shown as an answer or an option. */
  misprint: boolean;
}

export interface Role {
  title: string;
  /** Place id (a country). */
  country: string | null;
  /** Organisation id. */
  organisation: string | null;
  /** When the sources attest the role, at the precision they give; null when they do not say. */
  period: DateValue | null;
  note: string | null;
  sources: SourceRef[];
  /** Authored "Who was …?" stem for this role, `false` never, null: the template. */
  ask: string | false | null;
}

export interface Person extends FactBase {
  kind: "person";
  name: string;
  variants: NameVariant[];
  /** Canonical name first, then every variant: all spellings an answer checker accepts. */
  names: string[];
  roles: Role[];
}

export const PLACE_TYPES = [
  "country",
  "region",
  "city",
  "town",
  "village",
  "port",
  "site",
  "sea",
  "island",
  "street",
  "historical-state",
  "other",
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export interface PlaceName {
  name: string;
  /** When this name applied, if a source (or an author's note) says so. */
  period: DateValue | null;
  note: string | null;
  /** A source's misprint: accepted from a student, never shown as an answer or an option. */
  misprint: boolean;
  sources: SourceRef[];
}

export interface Place extends FactBase {
  kind: "place";
  name: string;
  type: PlaceType;
  /** Place id this place lies in (a region, a country). */
  within: string | null;
  /** Canonical name first, then former and alternative names. */
  names: PlaceName[];
}

export const ORGANISATION_TYPES = [
  "international-organisation",
  "regional-organisation",
  "parliamentary-assembly",
  "summit-series",
  "conference",
  "government-body",
  "intergovernmental-commission",
  "company",
  "foundation",
  "university",
  "cultural-centre",
  "diaspora-organisation",
  "media",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface Organisation extends FactBase {
  kind: "organisation";
  name: string;
  acronym: string | null;
  aliases: string[];
  type: OrganisationType;
  /** What it is, in the author's words. */
  description: string | null;
  /** Place ids (countries). */
  members: string[];
  headquarters: string | null;
  /** Organisation id this one succeeded. */
  successorOf: string | null;
  founded: Claimed<DateValue> | null;
}

export const PROJECT_TYPES = [
  "pipeline",
  "railway",
  "sea-route",
  "ferry",
  "fibre",
  "terminal",
  "road",
  "corridor",
  "logistics-centre",
  "port",
  "contract",
  "building",
  "air-route",
  "other",
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

export const MILESTONE_KINDS = [
  "proposed",
  "agreed",
  "started",
  "established",
  "opened",
  "commissioned",
  "completed",
  "joined",
  "resumed",
  "expanded",
  "other",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone {
  kind: MilestoneKind;
  /** Short words for the milestone, e.g. "joined by a new member", "began operating". */
  label: string;
  date: Claimed<DateValue>;
  /** Authored stem asking when it happened, `false` never, null: not asked. */
  ask: string | false | null;
  /** Authored sentence stating it, with its date (the explanation), or null. */
  statement: string | null;
}

export interface Project extends FactBase {
  kind: "project";
  name: string;
  acronym: string | null;
  aliases: string[];
  type: ProjectType;
  description: string | null;
  /** Place ids in order along the route. */
  route: string[];
  /** First and last place of `route` (null when fewer than two). */
  endpoints: [string, string] | null;
  /** Place ids (countries) crossed or involved. */
  countries: string[];
  /** What it carries or handles: "oil", "grain", "containers", "data"… */
  carries: string[];
  organisations: string[];
  milestones: Milestone[];
}

export const DOCUMENT_TYPES = [
  "agreement",
  "declaration",
  "protocol",
  "convention",
  "treaty",
  "memorandum",
  "contract",
  "joint-statement",
  "programme",
  "plan",
  "charter",
  "decision",
  "publication",
  "other",
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface CourseDocument extends FactBase {
  kind: "document";
  title: string;
  /** Other titles the sources use for the same document. */
  titleVariants: string[];
  type: DocumentType;
  date: Claimed<DateValue> | null;
  /** Place id. */
  place: Claimed<string> | null;
  /** Place ids (countries) or organisation ids. */
  parties: string[];
  /** Person ids. */
  signatories: string[];
  inForce: Claimed<DateValue> | null;
  projects: string[];
  organisations: string[];
}

export const EVENT_TYPES = [
  "official-visit",
  "state-visit",
  "visit",
  "working-visit",
  "summit",
  "meeting",
  "conference",
  "opening",
  "founding",
  "ceremony",
  "signing",
  "award",
  "publication",
  "appointment",
  "election",
  "campaign",
  "battle",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface CourseEvent extends FactBase {
  kind: "event";
  title: string;
  type: EventType;
  date: Claimed<DateValue>;
  place: Claimed<string> | null;
  /** Person ids. */
  participants: string[];
  /** Place ids (countries) taking part. */
  countries: string[];
  documents: string[];
  projects: string[];
  organisations: string[];
  description: string | null;
}

export const FIGURE_QUALIFIERS = [
  "exact",
  "about",
  "more-than",
  "less-than",
  "at-least",
  "up-to",
] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

export interface FigureValue {
  amount: number;
  /** Upper bound when the source gives a range ("6-7 billion"): then `amount` is the lower bound. */
  maxAmount: number | null;
  qualifier: FigureQualifier;
}

export const FIGURE_METRICS = [
  "trade-turnover",
  "trade-growth",
  "exports",
  "imports",
  "investment",
  "diaspora-size",
  "bilateral-documents",
  "cargo",
  "containers",
  "trains",
  "companies",
  "meetings",
  "distance",
  "duration",
  "capacity",
  "count",
  "percentage",
  "value",
  "other",
] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

export interface Figure extends FactBase {
  kind: "figure";
  metric: FigureMetric;
  /** What is measured, in words: "trade turnover between two countries". */
  label: string;
  value: Claimed<FigureValue>;
  /** e.g. "million USD", "people", "documents", "tonnes". */
  unit: string;
  /** The period the figure is for. */
  period: DateValue | null;
  /** Ids of what the figure is about (a project, an organisation, a place…). */
  subjects: string[];
  /** Place ids for directional figures (exports from → to). */
  from: string | null;
  to: string | null;
  /** What the flow consists of (goods traded), in the source's words. */
  goods: string[];
}

export type FactRecord =
  | Person
  | Place
  | Organisation
  | Project
  | CourseDocument
  | CourseEvent
  | Figure;

export type CourseRecord = Source | FactRecord;

export interface Course {
  id: string;
  title: string;
  description: string | null;
  language: string;
  themes: Theme[];
  /** Source folder as written in course.yaml (relative to the course folder). */
  sourceFolder: string;
  sources: Source[];
  people: Person[];
  places: Place[];
  organisations: Organisation[];
  projects: Project[];
  documents: CourseDocument[];
  events: CourseEvent[];
  figures: Figure[];
  byId: ReadonlyMap<string, CourseRecord>;
}
