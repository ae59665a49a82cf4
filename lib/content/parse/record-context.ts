/**
 * The shared builder: what every record kind's module reads its record with. It reports issues
 * at paths relative to the record and checks what all kinds share: the schema, references,
 * dates, citations and their quotes, claims, themes, wording and basis.
 */
import type { z } from "zod";
import { deriveClaimedDate, deriveClaimedRef } from "../claims";
import { type DateValue, parseDate } from "../dates";
import type { ContentIssue } from "../issues";
import { MAX_QUOTE_LENGTH, normaliseForQuote, quoteOccursIn } from "../quotes";
import type { ClaimableInput, DateSpec, FactBaseInput, SourceRefInput } from "../schema";
import type { Claim, Claimed, FactBase, RecordKind, Source, SourceRef } from "../types";
import { zodIssuesToMessages } from "../zod-issues";
import { readBasis } from "./basis";
import type { RawRecord } from "./read-record-file";
import type { KnownRecord } from "./register-ids";
import { withArticle } from "./with-article";
import { readWording } from "./wording";

/** What the builders of one course share while it is parsed. */
export interface CourseScope {
  /** Every issue so far, in the order found. */
  readonly issues: ContentIssue[];
  /** Every id of the course, registered before any record is built. */
  readonly known: ReadonlyMap<string, KnownRecord>;
  /** The built sources: every source is built before the first fact record. */
  readonly sources: Map<string, Source>;
  /** Source id → its seed text, normalised once for quote matching. */
  readonly preparedTexts: Map<string, string>;
  readonly themeIds: ReadonlySet<string>;
  /** Seed file name → text; `null` skips the seed-file and quote checks. */
  readonly sourceTexts: ReadonlyMap<string, string> | null;
  /** How to name the source folder in messages. */
  readonly sourceFolderLabel: string | undefined;
}

/** Collects issues for one record and reads the parts every kind shares. */
export class RecordContext {
  constructor(
    readonly raw: RawRecord,
    readonly scope: CourseScope,
  ) {}

  report(path: string, message: string): void {
    this.scope.issues.push({
      file: this.raw.file,
      recordKind: this.raw.kind,
      recordId: this.raw.id,
      path,
      message,
    });
  }

  /** The record as `schema` reads it, or null once every schema issue is reported. */
  validate<T>(schema: z.ZodType<T>): T | null {
    const result = schema.safeParse(this.raw.data);
    if (result.success) return result.data;
    if (this.raw.id === null) {
      this.report("", `record #${this.raw.index + 1} of "${this.raw.collection}" has no valid id`);
    }
    for (const { path, message } of zodIssuesToMessages(result.error)) this.report(path, message);
    return null;
  }

  date(spec: DateSpec, path: string): DateValue | null {
    const [text, label, at] =
      typeof spec === "string" ? [spec, null, path] : [spec.date, spec.label, `${path}.date`];
    const result = parseDate(text, label);
    if (result.ok) return result.value;
    this.report(at, result.message);
    return null;
  }

  /** Citations resolved to their sources; each quote must occur in its source's seed text. */
  sourceRefs(refs: readonly SourceRefInput[], path: string): SourceRef[] {
    const out: SourceRef[] = [];
    refs.forEach((ref, i) => {
      const source = this.scope.sources.get(ref.source);
      if (!source) {
        const known = this.scope.known.get(ref.source);
        this.report(
          `${path}.${i}.source`,
          known
            ? `"${ref.source}" is ${withArticle(known.kind)}: expected a source`
            : `unknown source "${ref.source}"`,
        );
        return;
      }
      const normalised = normaliseForQuote(ref.quote);
      if (normalised.length > MAX_QUOTE_LENGTH) {
        this.report(
          `${path}.${i}.quote`,
          `quote is ${normalised.length} characters: expected at most ${MAX_QUOTE_LENGTH} (a phrase to one sentence)`,
        );
      }
      const prepared = this.scope.preparedTexts.get(source.id);
      if (prepared !== undefined && !quoteOccursIn(ref.quote, prepared)) {
        const shown = normalised.length > 80 ? `${normalised.slice(0, 77)}...` : normalised;
        this.report(`${path}.${i}.quote`, `quote not found in ${source.seedFile}: "${shown}"`);
      }
      out.push(
        ref.cloze === false
          ? { source, quote: ref.quote, cloze: false }
          : { source, quote: ref.quote },
      );
    });
    return out;
  }

  /** Checks that `id` exists and is of one of `kinds` (and, for places, of `placeType`). */
  ref(id: string, path: string, kinds: readonly RecordKind[], placeType?: string): boolean {
    const known = this.scope.known.get(id);
    const expected = kinds.map(withArticle).join(" or ");
    if (!known) {
      this.report(path, `unknown reference "${id}": expected the id of ${expected}`);
      return false;
    }
    if (!kinds.includes(known.kind)) {
      this.report(path, `"${id}" is ${withArticle(known.kind)}: expected ${expected}`);
      return false;
    }
    if (placeType && known.kind === "place" && known.placeType !== placeType) {
      this.report(path, `"${id}" is a place of type ${known.placeType}: expected a ${placeType}`);
      return false;
    }
    return true;
  }

  /** A list of references, each checked, without repeats. */
  refs(
    ids: readonly string[] | undefined,
    path: string,
    kinds: readonly RecordKind[],
    placeType?: string,
  ): string[] {
    const list = ids ?? [];
    const seen = new Set<string>();
    list.forEach((id, i) => {
      if (seen.has(id)) this.report(`${path}.${i}`, `"${id}" is listed twice`);
      seen.add(id);
      this.ref(id, `${path}.${i}`, kinds, placeType);
    });
    return [...seen];
  }

  optionalRef(
    id: string | undefined,
    path: string,
    kinds: readonly RecordKind[],
    placeType?: string,
  ): string | null {
    if (id === undefined) return null;
    this.ref(id, path, kinds, placeType);
    return id;
  }

  /** Claims of a shorthand value or a claim list; shorthand claims cite `fallback`. */
  claims<I, T>(
    input: ClaimableInput<I>,
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
      const sources = this.sourceRefs(claim.sources, `${path}.${i}.sources`);
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

  claimedDate(
    input: ClaimableInput<DateSpec>,
    path: string,
    fallback: SourceRef[],
  ): Claimed<DateValue> | null {
    const claims = this.claims<DateSpec, DateValue>(input, path, fallback, (spec, at) =>
      this.date(spec, at),
    );
    return claims.length === 0 ? null : deriveClaimedDate(claims);
  }

  claimedRef(
    input: ClaimableInput<string> | undefined,
    path: string,
    fallback: SourceRef[],
    kinds: readonly RecordKind[],
  ): Claimed<string> | null {
    if (input === undefined) return null;
    const claims = this.claims<string, string>(input, path, fallback, (id, at) =>
      this.ref(id, at, kinds) ? id : null,
    );
    return claims.length === 0 ? null : deriveClaimedRef(claims);
  }

  /** The fields every fact record has; `askable`: the properties `say.ask` may word. */
  base(input: FactBaseInput, askable: readonly string[]): FactBase {
    return {
      id: input.id,
      file: this.raw.localFile,
      themes: this.themes(input.themes),
      tags: [...new Set(input.tags ?? [])],
      sources: this.sourceRefs(input.sources, "sources"),
      note: input.note ?? null,
      say: readWording(this, input.say, askable),
      quiz: input.quiz ?? true,
      basis: readBasis(this, input.basis),
    };
  }

  private themes(themes: readonly string[]): string[] {
    themes.forEach((theme, i) => {
      if (!this.scope.themeIds.has(theme)) {
        this.report(
          `themes.${i}`,
          `unknown theme "${theme}": expected one of ${[...this.scope.themeIds].join(", ")}`,
        );
      }
    });
    return [...new Set(themes)];
  }
}
