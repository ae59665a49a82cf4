/**
 * Pure parsing and validation of a course: files in, a normalised `Course` or a list of issues
 * out. No I/O here; `load-course.ts` reads the folder.
 */
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { deriveClaimedDate, deriveClaimedFigure, deriveClaimedRef } from "./claims";
import { type DateValue, parseDate } from "./dates";
import type { ContentIssue } from "./issues";
import { MAX_QUOTE_LENGTH, normaliseForQuote, prepareSourceText, quoteOccursIn } from "./quotes";
import {
  type BasisInput,
  type CourseManifest,
  courseManifestSchema,
  type DateSpec,
  type DocumentInput,
  type EventInput,
  type FigureInput,
  type OrganisationInput,
  type PersonInput,
  type PlaceInput,
  type ProjectInput,
  recordSchemas,
  type SayInput,
  type SourceInput,
  type SourceRefInput,
} from "./schema";
import {
  type AskSpec,
  type Basis,
  type Claim,
  type Claimed,
  type Course,
  type CourseDocument,
  type CourseEvent,
  type CourseRecord,
  type Figure,
  type FigureValue,
  KIND_OF_COLLECTION,
  type Organisation,
  type Person,
  type Place,
  type PlaceName,
  type Project,
  RECORD_KINDS,
  type RecordCollection,
  type RecordKind,
  type Source,
  type SourceRef,
  type Wording,
} from "./types";
import { zodIssuesToMessages } from "./zod-issues";

export interface CourseFile {
  /** Path shown in messages, e.g. `content/my-course/events.yaml`. */
  path: string;
  text: string;
}

export interface ParseCourseInput {
  files: readonly CourseFile[];
  /** Seed file name → text. `null` skips the seed-file and quote checks. */
  sourceTexts: ReadonlyMap<string, string> | null;
  /** How to name the source folder in messages. */
  sourceFolderLabel?: string;
}

export type ParseCourseResult =
  | { ok: true; course: Course }
  | { ok: false; issues: ContentIssue[] };

const MANIFEST_NAMES = ["course.yaml", "course.yml", "course.json"];

/** Properties a record's `say.ask` may word, per kind (roles and milestones carry their own `ask`). */
const ASKABLE_PROPERTIES: Record<RecordKind, readonly string[]> = {
  source: [],
  person: [],
  place: ["names", "within"],
  organisation: ["founded", "headquarters", "members", "successorOf"],
  project: ["route", "countries", "carries", "organisations"],
  document: ["date", "place", "signatories", "parties", "inForce", "projects", "organisations"],
  event: ["date", "place", "participants", "countries", "documents", "projects", "organisations"],
  figure: ["value"],
};

/** Fields that are wording or bookkeeping, not values: they have no basis. */
const BASIS_EXCLUDED = new Set(["id", "themes", "tags", "sources", "note", "say", "quiz", "basis"]);

/** "an organisation", "a person". */
function withArticle(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

interface RawRecord {
  collection: RecordCollection;
  kind: RecordKind;
  file: string;
  /** Path of the file relative to the course folder. */
  localFile: string;
  index: number;
  id: string | null;
  data: unknown;
}

interface KnownRecord {
  raw: RawRecord;
  kind: RecordKind;
  file: string;
  placeType: string | null;
}

/** Collects issues for one record; paths are relative to the record. */
class RecordContext {
  constructor(
    readonly raw: RawRecord,
    private readonly issues: ContentIssue[],
  ) {}

  report(path: string, message: string): void {
    this.issues.push({
      file: this.raw.file,
      recordKind: this.raw.kind,
      recordId: this.raw.id,
      path,
      message,
    });
  }
}

class CourseParser {
  readonly issues: ContentIssue[] = [];
  private manifest: CourseManifest | null = null;
  private readonly raws: RawRecord[] = [];
  private readonly known = new Map<string, KnownRecord>();
  private readonly sources = new Map<string, Source>();
  private readonly preparedTexts = new Map<string, string>();
  private themeIds = new Set<string>();

  constructor(private readonly input: ParseCourseInput) {}

  run(): ParseCourseResult {
    const manifestFiles = this.input.files.filter((f) => MANIFEST_NAMES.includes(baseName(f.path)));
    if (manifestFiles.length !== 1) {
      const folder = this.input.files[0]?.path.replace(/[\\/][^\\/]*$/, "") ?? "(empty course)";
      this.fileIssue(
        folder,
        "",
        manifestFiles.length === 0
          ? "expected a course.yaml file in the course folder"
          : "expected exactly one of course.yaml, course.yml, course.json",
      );
      return { ok: false, issues: this.issues };
    }
    const manifestFile = manifestFiles[0] as CourseFile;
    const courseRoot = manifestFile.path.slice(0, -baseName(manifestFile.path).length);
    this.readManifest(manifestFile);
    for (const file of this.input.files) {
      if (file !== manifestFile) this.readRecordFile(file, courseRoot);
    }
    this.registerIds();
    for (const raw of this.raws.filter((r) => r.collection === "sources")) this.buildSource(raw);
    const built: CourseRecord[] = [...this.sources.values()];
    for (const raw of this.raws.filter((r) => r.collection !== "sources")) {
      const record = this.buildFact(raw);
      if (record) built.push(record);
    }
    if (this.issues.length > 0 || !this.manifest) return { ok: false, issues: this.issues };
    return { ok: true, course: assembleCourse(this.manifest, built) };
  }

  private fileIssue(file: string, path: string, message: string): void {
    this.issues.push({ file, recordKind: null, recordId: null, path, message });
  }

  private parseFile(file: CourseFile): unknown {
    try {
      return parseYaml(file.text, { uniqueKeys: true });
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      this.fileIssue(file.path, "", `not valid YAML/JSON: ${message}`);
      return undefined;
    }
  }

  private readManifest(file: CourseFile): void {
    const data = this.parseFile(file);
    if (data === undefined) return;
    const result = courseManifestSchema.safeParse(data);
    if (!result.success) {
      for (const { path, message } of zodIssuesToMessages(result.error)) {
        this.fileIssue(file.path, path, message);
      }
      return;
    }
    this.manifest = result.data;
    const folder = result.data.sourceFolder;
    if (!isInsideCourseFolder(folder)) {
      this.fileIssue(
        file.path,
        "sourceFolder",
        `expected a folder inside the course folder (such as "sources"), got "${folder}"`,
      );
    }
    const seen = new Set<string>();
    result.data.themes.forEach((theme, i) => {
      if (seen.has(theme.id))
        this.fileIssue(file.path, `themes.${i}.id`, `duplicate theme "${theme.id}"`);
      seen.add(theme.id);
    });
    this.themeIds = seen;
  }

  private readRecordFile(file: CourseFile, courseRoot: string): void {
    const data = this.parseFile(file);
    if (data === undefined || data === null) return;
    if (typeof data !== "object" || Array.isArray(data)) {
      this.fileIssue(
        file.path,
        "",
        `expected a map from record kind (${RECORD_KINDS.join(", ")}) to a list`,
      );
      return;
    }
    const localFile = file.path.startsWith(courseRoot)
      ? file.path.slice(courseRoot.length)
      : file.path;
    for (const [key, value] of Object.entries(data)) {
      if (!(RECORD_KINDS as readonly string[]).includes(key)) {
        this.fileIssue(
          file.path,
          key,
          `unknown record kind "${key}": expected one of ${RECORD_KINDS.join(", ")}`,
        );
        continue;
      }
      const collection = key as RecordCollection;
      if (!Array.isArray(value)) {
        this.fileIssue(file.path, key, "expected a list of records");
        continue;
      }
      value.forEach((data, index) => {
        const id =
          typeof data === "object" &&
          data !== null &&
          typeof (data as { id?: unknown }).id === "string"
            ? (data as { id: string }).id
            : null;
        this.raws.push({
          collection,
          kind: KIND_OF_COLLECTION[collection],
          file: file.path,
          localFile,
          index,
          id,
          data,
        });
      });
    }
  }

  /** Registers every id (even of records that will fail the schema) so references resolve. */
  private registerIds(): void {
    for (const raw of this.raws) {
      if (raw.id === null) continue;
      const previous = this.known.get(raw.id);
      if (previous) {
        new RecordContext(raw, this.issues).report(
          "id",
          `duplicate id: already used by ${withArticle(previous.kind)} in ${previous.file}`,
        );
        continue;
      }
      const type = (raw.data as { type?: unknown }).type;
      this.known.set(raw.id, {
        raw,
        kind: raw.kind,
        file: raw.file,
        placeType: raw.kind === "place" && typeof type === "string" ? type : null,
      });
    }
  }

  private validate<T>(raw: RawRecord, ctx: RecordContext): T | null {
    const schema = recordSchemas[raw.collection] as unknown as z.ZodType<T>;
    const result = schema.safeParse(raw.data);
    if (result.success) return result.data;
    if (raw.id === null) {
      ctx.report("", `record #${raw.index + 1} of "${raw.collection}" has no valid id`);
    }
    for (const { path, message } of zodIssuesToMessages(result.error)) ctx.report(path, message);
    return null;
  }

  private buildSource(raw: RawRecord): void {
    const ctx = new RecordContext(raw, this.issues);
    const input = this.validate<SourceInput>(raw, ctx);
    if (!input) return;
    const texts = this.input.sourceTexts;
    if (texts !== null) {
      const text = texts.get(input.file);
      if (text === undefined) {
        const folder = this.input.sourceFolderLabel ?? "the source folder";
        ctx.report("file", `seed file "${input.file}" not found in ${folder}`);
      } else {
        this.preparedTexts.set(input.id, prepareSourceText(text));
      }
    }
    if (this.known.get(input.id)?.raw !== raw) return; // a duplicate, already reported
    this.sources.set(input.id, {
      kind: "source",
      id: input.id,
      file: raw.localFile,
      seedFile: input.file,
      title: input.title,
      authors: input.authors,
      date: input.date === undefined ? null : this.date(ctx, input.date, "date"),
      type: input.type,
      publication: input.publication ?? null,
      doi: input.doi ?? null,
      url: input.url ?? null,
      note: input.note ?? null,
    });
  }

  private buildFact(raw: RawRecord): CourseRecord | null {
    const ctx = new RecordContext(raw, this.issues);
    switch (raw.collection) {
      case "people":
        return this.buildPerson(ctx);
      case "places":
        return this.buildPlace(ctx);
      case "organisations":
        return this.buildOrganisation(ctx);
      case "projects":
        return this.buildProject(ctx);
      case "documents":
        return this.buildDocument(ctx);
      case "events":
        return this.buildEvent(ctx);
      case "figures":
        return this.buildFigure(ctx);
      default:
        return null;
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private date(ctx: RecordContext, spec: DateSpec, path: string): DateValue | null {
    const [text, label, at] =
      typeof spec === "string" ? [spec, null, path] : [spec.date, spec.label, `${path}.date`];
    const result = parseDate(text, label);
    if (result.ok) return result.value;
    ctx.report(at, result.message);
    return null;
  }

  private sourceRefs(
    ctx: RecordContext,
    refs: readonly SourceRefInput[],
    path: string,
  ): SourceRef[] {
    const out: SourceRef[] = [];
    refs.forEach((ref, i) => {
      const source = this.sources.get(ref.source);
      if (!source) {
        const known = this.known.get(ref.source);
        ctx.report(
          `${path}.${i}.source`,
          known
            ? `"${ref.source}" is ${withArticle(known.kind)}: expected a source`
            : `unknown source "${ref.source}"`,
        );
        return;
      }
      const normalised = normaliseForQuote(ref.quote);
      if (normalised.length > MAX_QUOTE_LENGTH) {
        ctx.report(
          `${path}.${i}.quote`,
          `quote is ${normalised.length} characters: expected at most ${MAX_QUOTE_LENGTH} (a phrase to one sentence)`,
        );
      }
      const prepared = this.preparedTexts.get(source.id);
      if (prepared !== undefined && !quoteOccursIn(ref.quote, prepared)) {
        const shown = normalised.length > 80 ? `${normalised.slice(0, 77)}...` : normalised;
        ctx.report(`${path}.${i}.quote`, `quote not found in ${source.seedFile}: "${shown}"`);
      }
      out.push({ source, quote: ref.quote });
    });
    return out;
  }

  /** Checks that `id` exists and is of one of `kinds` (and, for places, of `placeType`). */
  private ref(
    ctx: RecordContext,
    id: string,
    path: string,
    kinds: readonly RecordKind[],
    placeType?: string,
  ): boolean {
    const known = this.known.get(id);
    const expected = kinds.map(withArticle).join(" or ");
    if (!known) {
      ctx.report(path, `unknown reference "${id}": expected the id of ${expected}`);
      return false;
    }
    if (!kinds.includes(known.kind)) {
      ctx.report(path, `"${id}" is ${withArticle(known.kind)}: expected ${expected}`);
      return false;
    }
    if (placeType && known.kind === "place" && known.placeType !== placeType) {
      ctx.report(path, `"${id}" is a place of type ${known.placeType}: expected a ${placeType}`);
      return false;
    }
    return true;
  }

  private refs(
    ctx: RecordContext,
    ids: readonly string[] | undefined,
    path: string,
    kinds: readonly RecordKind[],
    placeType?: string,
  ): string[] {
    const list = ids ?? [];
    const seen = new Set<string>();
    list.forEach((id, i) => {
      if (seen.has(id)) ctx.report(`${path}.${i}`, `"${id}" is listed twice`);
      seen.add(id);
      this.ref(ctx, id, `${path}.${i}`, kinds, placeType);
    });
    return [...seen];
  }

  private optionalRef(
    ctx: RecordContext,
    id: string | undefined,
    path: string,
    kinds: readonly RecordKind[],
    placeType?: string,
  ): string | null {
    if (id === undefined) return null;
    this.ref(ctx, id, path, kinds, placeType);
    return id;
  }

  private themes(ctx: RecordContext, themes: readonly string[]): string[] {
    themes.forEach((theme, i) => {
      if (!this.themeIds.has(theme)) {
        ctx.report(
          `themes.${i}`,
          `unknown theme "${theme}": expected one of ${[...this.themeIds].join(", ")}`,
        );
      }
    });
    return [...new Set(themes)];
  }

  /** Claims of a shorthand value or a claim list; shorthand claims cite `fallback`. */
  private claims<I, T>(
    ctx: RecordContext,
    input:
      | I
      | {
          value: I;
          sources: SourceRefInput[];
          note?: string;
          erratum?: { printed: string; reason: string };
          reportedBy?: string;
        }[],
    path: string,
    fallback: SourceRef[],
    convert: (value: I, path: string) => T | null,
  ): Claim<T>[] {
    if (!Array.isArray(input)) {
      const value = convert(input as I, path);
      return value === null
        ? []
        : [{ value, sources: fallback, note: null, erratum: null, reportedBy: null }];
    }
    const out: Claim<T>[] = [];
    input.forEach((claim, i) => {
      const value = convert(claim.value, `${path}.${i}.value`);
      const sources = this.sourceRefs(ctx, claim.sources, `${path}.${i}.sources`);
      if (value !== null) {
        out.push({
          value,
          sources,
          note: claim.note ?? null,
          erratum: claim.erratum ?? null,
          reportedBy: claim.reportedBy ?? null,
        });
      }
    });
    return out;
  }

  private claimedDate(
    ctx: RecordContext,
    input: DateSpec | { value: DateSpec; sources: SourceRefInput[] }[],
    path: string,
    fallback: SourceRef[],
  ): Claimed<DateValue> | null {
    const claims = this.claims<DateSpec, DateValue>(ctx, input, path, fallback, (spec, at) =>
      this.date(ctx, spec, at),
    );
    return claims.length === 0 ? null : deriveClaimedDate(claims);
  }

  private claimedRef(
    ctx: RecordContext,
    input: string | { value: string; sources: SourceRefInput[] }[] | undefined,
    path: string,
    fallback: SourceRef[],
    kinds: readonly RecordKind[],
  ): Claimed<string> | null {
    if (input === undefined) return null;
    const claims = this.claims<string, string>(ctx, input, path, fallback, (id, at) =>
      this.ref(ctx, id, at, kinds) ? id : null,
    );
    return claims.length === 0 ? null : deriveClaimedRef(claims);
  }

  private base(
    ctx: RecordContext,
    input: {
      id: string;
      themes: string[];
      tags?: string[];
      sources: SourceRefInput[];
      note?: string;
      say?: SayInput;
      quiz?: boolean;
      basis?: Record<string, BasisInput>;
    },
  ) {
    return {
      id: input.id,
      file: ctx.raw.localFile,
      themes: this.themes(ctx, input.themes),
      tags: [...new Set(input.tags ?? [])],
      sources: this.sourceRefs(ctx, input.sources, "sources"),
      note: input.note ?? null,
      say: this.wording(ctx, input.say),
      quiz: input.quiz ?? true,
      basis: this.basis(ctx, input.basis),
    };
  }

  /** The authored wording; `ask` keys must be properties this kind of record can be asked about. */
  private wording(ctx: RecordContext, say: SayInput | undefined): Wording {
    const allowed = ASKABLE_PROPERTIES[ctx.raw.kind];
    const ask: Record<string, AskSpec> = {};
    for (const [property, spec] of Object.entries(say?.ask ?? {})) {
      if (!allowed.includes(property)) {
        ctx.report(
          `say.ask.${property}`,
          allowed.length === 0
            ? `${withArticle(ctx.raw.kind)} has no askable properties here (ask about roles or milestones in the item itself)`
            : `unknown property "${property}": expected one of ${allowed.join(", ")}`,
        );
        continue;
      }
      ask[property] =
        spec === false
          ? false
          : typeof spec === "string"
            ? { question: spec, answer: null }
            : { question: spec.question, answer: spec.answer };
    }
    return { name: say?.name ?? null, statement: say?.statement ?? null, ask };
  }

  /** `basis` keys are field paths whose first part is a field of the record. */
  private basis(
    ctx: RecordContext,
    input: Record<string, BasisInput> | undefined,
  ): Record<string, Basis> {
    const fields = Object.keys(
      (recordSchemas[ctx.raw.collection] as unknown as { shape: object }).shape,
    );
    const out: Record<string, Basis> = {};
    for (const [path, basis] of Object.entries(input ?? {})) {
      const field = path.split(".")[0] ?? "";
      if (!fields.includes(field) || BASIS_EXCLUDED.has(field)) {
        ctx.report(`basis.${path}`, `"${field}" is not a field of ${withArticle(ctx.raw.kind)}`);
        continue;
      }
      out[path] =
        "inferred" in basis
          ? { kind: "inferred", reason: basis.inferred }
          : { kind: "outside", reason: basis.outside };
    }
    return out;
  }

  /** An authored `{ question, answer }` must name one of the property's own values. */
  private checkAskAnswers(
    ctx: RecordContext,
    say: Wording,
    values: Record<string, readonly string[]>,
  ): void {
    for (const [property, spec] of Object.entries(say.ask)) {
      if (spec === false || spec.answer === null) continue;
      const own = values[property];
      if (own === undefined) {
        ctx.report(
          `say.ask.${property}.answer`,
          `"${property}" has one value: ask it without "answer"`,
        );
      } else if (!own.includes(spec.answer)) {
        ctx.report(
          `say.ask.${property}.answer`,
          own.length === 0
            ? `"${property}" has no values to ask about`
            : `"${spec.answer}" is not one of the record's ${property}: ${own.join(", ")}`,
        );
      }
    }
  }

  // ---- record kinds --------------------------------------------------------------------------

  private buildPerson(ctx: RecordContext): Person | null {
    const input = this.validate<PersonInput>(ctx.raw, ctx);
    if (!input) return null;
    const base = this.base(ctx, input);
    const variants = (input.variants ?? []).map((v) =>
      typeof v === "string"
        ? { name: v, note: null, misprint: false }
        : { name: v.name, note: v.note ?? null, misprint: v.misprint ?? false },
    );
    const roles = (input.roles ?? []).map((role, i) => ({
      title: role.title,
      country: this.optionalRef(ctx, role.country, `roles.${i}.country`, ["place"], "country"),
      organisation: this.optionalRef(ctx, role.organisation, `roles.${i}.organisation`, [
        "organisation",
      ]),
      period: role.period === undefined ? null : this.date(ctx, role.period, `roles.${i}.period`),
      note: role.note ?? null,
      sources: role.sources
        ? this.sourceRefs(ctx, role.sources, `roles.${i}.sources`)
        : base.sources,
      ask: role.ask ?? null,
    }));
    const names = [...new Set([input.name, ...variants.map((v) => v.name)])];
    return { kind: "person", ...base, name: input.name, variants, names, roles };
  }

  private buildPlace(ctx: RecordContext): Place | null {
    const input = this.validate<PlaceInput>(ctx.raw, ctx);
    if (!input) return null;
    const base = this.base(ctx, input);
    const authored: PlaceName[] = (input.names ?? []).map((n, i) => ({
      name: n.name,
      period: n.period === undefined ? null : this.date(ctx, n.period, `names.${i}.period`),
      note: n.note ?? null,
      misprint: n.misprint ?? false,
      sources: n.sources ? this.sourceRefs(ctx, n.sources, `names.${i}.sources`) : base.sources,
    }));
    const canonical = authored.filter((n) => n.name === input.name);
    const others = authored.filter((n) => n.name !== input.name);
    const names: PlaceName[] =
      canonical.length > 0
        ? [...canonical, ...others]
        : [
            { name: input.name, period: null, note: null, misprint: false, sources: base.sources },
            ...others,
          ];
    return {
      kind: "place",
      ...base,
      name: input.name,
      type: input.type,
      within: this.optionalRef(ctx, input.within, "within", ["place"]),
      names,
    };
  }

  private buildOrganisation(ctx: RecordContext): Organisation | null {
    const input = this.validate<OrganisationInput>(ctx.raw, ctx);
    if (!input) return null;
    const base = this.base(ctx, input);
    this.checkAskAnswers(ctx, base.say, { members: input.members ?? [] });
    return {
      kind: "organisation",
      ...base,
      name: input.name,
      acronym: input.acronym ?? null,
      aliases: input.aliases ?? [],
      type: input.type,
      description: input.description ?? null,
      members: this.refs(ctx, input.members, "members", ["place"], "country"),
      headquarters: this.optionalRef(ctx, input.headquarters, "headquarters", ["place"]),
      successorOf: this.optionalRef(ctx, input.successorOf, "successorOf", ["organisation"]),
      founded:
        input.founded === undefined
          ? null
          : this.claimedDate(ctx, input.founded, "founded", base.sources),
    };
  }

  private buildProject(ctx: RecordContext): Project | null {
    const input = this.validate<ProjectInput>(ctx.raw, ctx);
    if (!input) return null;
    const base = this.base(ctx, input);
    const route = this.refs(ctx, input.route, "route", ["place"]);
    this.checkAskAnswers(ctx, base.say, {
      route,
      countries: input.countries ?? [],
      carries: input.carries ?? [],
      organisations: input.organisations ?? [],
    });
    const first = route[0];
    const last = route[route.length - 1];
    const milestones = (input.milestones ?? []).flatMap((m, i) => {
      const fallback = m.sources
        ? this.sourceRefs(ctx, m.sources, `milestones.${i}.sources`)
        : base.sources;
      const date = this.claimedDate(ctx, m.date, `milestones.${i}.date`, fallback);
      return date ? [{ kind: m.kind, label: m.label, date, ask: m.ask ?? null }] : [];
    });
    return {
      kind: "project",
      ...base,
      name: input.name,
      acronym: input.acronym ?? null,
      aliases: input.aliases ?? [],
      type: input.type,
      description: input.description ?? null,
      route,
      endpoints:
        first !== undefined && last !== undefined && route.length >= 2 ? [first, last] : null,
      countries: this.refs(ctx, input.countries, "countries", ["place"], "country"),
      carries: input.carries ?? [],
      organisations: this.refs(ctx, input.organisations, "organisations", ["organisation"]),
      milestones,
    };
  }

  private buildDocument(ctx: RecordContext): CourseDocument | null {
    const input = this.validate<DocumentInput>(ctx.raw, ctx);
    if (!input) return null;
    const base = this.base(ctx, input);
    this.checkAskAnswers(ctx, base.say, {
      signatories: input.signatories ?? [],
      parties: input.parties ?? [],
      projects: input.projects ?? [],
      organisations: input.organisations ?? [],
    });
    return {
      kind: "document",
      ...base,
      title: input.title,
      titleVariants: input.titleVariants ?? [],
      type: input.type,
      date:
        input.date === undefined ? null : this.claimedDate(ctx, input.date, "date", base.sources),
      place: this.claimedRef(ctx, input.place, "place", base.sources, ["place"]),
      parties: this.refs(ctx, input.parties, "parties", ["place", "organisation"]),
      signatories: this.refs(ctx, input.signatories, "signatories", ["person"]),
      inForce:
        input.inForce === undefined
          ? null
          : this.claimedDate(ctx, input.inForce, "inForce", base.sources),
      projects: this.refs(ctx, input.projects, "projects", ["project"]),
      organisations: this.refs(ctx, input.organisations, "organisations", ["organisation"]),
    };
  }

  private buildEvent(ctx: RecordContext): CourseEvent | null {
    const input = this.validate<EventInput>(ctx.raw, ctx);
    if (!input) return null;
    const base = this.base(ctx, input);
    this.checkAskAnswers(ctx, base.say, {
      participants: input.participants ?? [],
      countries: input.countries ?? [],
      documents: input.documents ?? [],
      projects: input.projects ?? [],
      organisations: input.organisations ?? [],
    });
    const date = this.claimedDate(ctx, input.date, "date", base.sources);
    const event: CourseEvent | null = date && {
      kind: "event",
      ...base,
      title: input.title,
      type: input.type,
      date,
      place: this.claimedRef(ctx, input.place, "place", base.sources, ["place"]),
      participants: this.refs(ctx, input.participants, "participants", ["person"]),
      countries: this.refs(ctx, input.countries, "countries", ["place"], "country"),
      documents: this.refs(ctx, input.documents, "documents", ["document"]),
      projects: this.refs(ctx, input.projects, "projects", ["project"]),
      organisations: this.refs(ctx, input.organisations, "organisations", ["organisation"]),
      description: input.description ?? null,
    };
    return event;
  }

  private buildFigure(ctx: RecordContext): Figure | null {
    const input = this.validate<FigureInput>(ctx.raw, ctx);
    if (!input) return null;
    const base = this.base(ctx, input);
    const fallbackQualifier = input.qualifier ?? "exact";
    const claims: Claim<FigureValue>[] =
      typeof input.value === "number"
        ? [
            {
              value: {
                amount: input.value,
                maxAmount: input.maxValue ?? null,
                qualifier: fallbackQualifier,
              },
              sources: base.sources,
              note: null,
              erratum: null,
              reportedBy: null,
            },
          ]
        : input.value.map((claim, i) => ({
            value: {
              amount: claim.value,
              maxAmount: claim.maxValue ?? null,
              qualifier: claim.qualifier ?? fallbackQualifier,
            },
            sources: this.sourceRefs(ctx, claim.sources, `value.${i}.sources`),
            note: claim.note ?? null,
            erratum: claim.erratum ?? null,
            reportedBy: claim.reportedBy ?? null,
          }));
    claims.forEach((claim, i) => {
      const { amount, maxAmount } = claim.value;
      if (maxAmount !== null && maxAmount < amount) {
        const at = typeof input.value === "number" ? "maxValue" : `value.${i}.maxValue`;
        ctx.report(at, `upper bound ${maxAmount} is below the value ${amount}`);
      }
    });
    const fromTo = (id: string | undefined, path: string) =>
      this.optionalRef(ctx, id, path, ["place"]);
    return {
      kind: "figure",
      ...base,
      metric: input.metric,
      label: input.label,
      value: deriveClaimedFigure(claims),
      unit: input.unit,
      period: input.period === undefined ? null : this.date(ctx, input.period, "period"),
      subjects: this.refs(ctx, input.subjects, "subjects", [
        "person",
        "place",
        "organisation",
        "project",
        "document",
        "event",
      ]),
      from: fromTo(input.from, "from"),
      to: fromTo(input.to, "to"),
    };
  }
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A course carries its own source texts: its source folder is a relative path that stays inside it. */
function isInsideCourseFolder(folder: string): boolean {
  return !/^([\\/]|[a-z]:)/i.test(folder) && !folder.split(/[\\/]/).includes("..");
}

/** Builds the `Course`: each kind sorted by id, so the order does not depend on file layout. */
function assembleCourse(manifest: CourseManifest, records: CourseRecord[]): Course {
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

/** Parses and validates a course from its files and (optionally) its seed texts. Pure. */
export function parseCourse(input: ParseCourseInput): ParseCourseResult {
  return new CourseParser(input).run();
}
