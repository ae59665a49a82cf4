/**
 * Zod schemas of the authored (YAML) form of a course. Shorthand is allowed here; the
 * normaliser turns it into the model of `types.ts`.
 */
import { z } from "zod";
import {
  DOCUMENT_TYPES,
  EVENT_TYPES,
  FIGURE_METRICS,
  FIGURE_QUALIFIERS,
  MILESTONE_KINDS,
  ORGANISATION_TYPES,
  PLACE_TYPES,
  PROJECT_TYPES,
  SOURCE_TYPES,
} from "./types";

/** Ids are kebab-case: lower-case letters and digits separated by single hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "visit-2005-05"');

const text = z.string().trim().min(1, "expected a non-empty text");

/** A date in the syntax of `dates.ts`, optionally with words for it. */
export const dateSpecSchema = z.union([
  z.string(),
  z.strictObject({ date: z.string(), label: text }),
]);
export type DateSpec = z.infer<typeof dateSpecSchema>;

export const sourceRefSchema = z.strictObject({
  source: idSchema,
  quote: text,
  /** `false`: the quote is evidence but reads badly out of context (garbled): never blanked. */
  cloze: z.literal(false).optional(),
});
export type SourceRefInput = z.infer<typeof sourceRefSchema>;

export const erratumSchema = z.strictObject({ printed: text, reason: text });

const sourcesSchema = z.array(sourceRefSchema).min(1, "expected at least one { source, quote }");

/** A claim in list form: its own value and its own sources. */
function claimSchema<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    sources: sourcesSchema,
    note: text.optional(),
    erratum: erratumSchema.optional(),
    reportedBy: text.optional(),
  });
}

/** A value written as shorthand (backed by the record's sources) or as a list of claims. */
export function claimable<T extends z.ZodType>(value: T) {
  return z.union([value, z.array(claimSchema(value)).min(1)]);
}

/** A claimable value as authored: shorthand, or a list of claims each with its own sources. */
export type ClaimableInput<I> = I | z.infer<ReturnType<typeof claimSchema<z.ZodType<I>>>>[];

export const figureClaimSchema = z.strictObject({
  value: z.number(),
  maxValue: z.number().optional(),
  qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
  sources: sourcesSchema,
  note: text.optional(),
  erratum: erratumSchema.optional(),
  reportedBy: text.optional(),
});

export const themeSchema = z.strictObject({
  id: idSchema,
  label: text,
  description: text.optional(),
  /** At most this share (0–1) of the question bank (`questions:lint` checks it): no flood of background. */
  maxShare: z.number().gt(0).lte(1).optional(),
});

export const courseManifestSchema = z.strictObject({
  id: idSchema,
  title: text,
  description: text.optional(),
  language: z.string().default("en"),
  sourceFolder: text,
  themes: z.array(themeSchema).min(1),
});
export type CourseManifest = z.infer<typeof courseManifestSchema>;

/** How a property is asked: a question stem, `false` (never asked), or a stem with its one answer. */
export const askInputSchema = z.union([
  z.literal(false),
  text,
  z.strictObject({ question: text, answer: text }),
]);
export type AskInput = z.infer<typeof askInputSchema>;

/** A stem for one item of a list (a role, a milestone), or `false`. */
const itemAskSchema = z.union([z.literal(false), text]);

/** How the app speaks of a record: its name inside a sentence, a sentence stating it, stems. */
export const sayInputSchema = z.strictObject({
  name: text.optional(),
  statement: text.optional(),
  ask: z.record(z.string(), askInputSchema).optional(),
});

/** How a field's value is known when its quotes do not state it. */
export const basisInputSchema = z.union([
  z.strictObject({ inferred: text }),
  z.strictObject({ outside: text }),
]);
export type SayInput = z.infer<typeof sayInputSchema>;
export type BasisInput = z.infer<typeof basisInputSchema>;

const factBase = {
  id: idSchema,
  themes: z.array(idSchema).min(1, "expected at least one theme"),
  tags: z.array(idSchema).optional(),
  sources: sourcesSchema,
  note: text.optional(),
  say: sayInputSchema.optional(),
  quiz: z.boolean().optional(),
  basis: z.record(z.string(), basisInputSchema).optional(),
};

/** The fields every fact record has, as authored. */
export type FactBaseInput = z.infer<z.ZodObject<typeof factBase>>;

const refList = z.array(idSchema).optional();

export const sourceInputSchema = z.strictObject({
  id: idSchema,
  file: text,
  title: text,
  authors: z.array(text).default([]),
  date: dateSpecSchema.optional(),
  type: z.enum(SOURCE_TYPES),
  publication: text.optional(),
  doi: text.optional(),
  url: text.optional(),
  note: text.optional(),
});

const nameVariantSchema = z.union([
  text,
  z.strictObject({ name: text, note: text.optional(), misprint: z.boolean().optional() }),
]);

export const roleInputSchema = z.strictObject({
  title: text,
  country: idSchema.optional(),
  organisation: idSchema.optional(),
  period: dateSpecSchema.optional(),
  note: text.optional(),
  sources: sourcesSchema.optional(),
  ask: itemAskSchema.optional(),
});

export const personInputSchema = z.strictObject({
  ...factBase,
  name: text,
  variants: z.array(nameVariantSchema).optional(),
  roles: z.array(roleInputSchema).optional(),
});

export const placeNameInputSchema = z.strictObject({
  name: text,
  period: dateSpecSchema.optional(),
  note: text.optional(),
  misprint: z.boolean().optional(),
  sources: sourcesSchema.optional(),
});

export const placeInputSchema = z.strictObject({
  ...factBase,
  name: text,
  type: z.enum(PLACE_TYPES),
  within: idSchema.optional(),
  names: z.array(placeNameInputSchema).optional(),
});

export const organisationInputSchema = z.strictObject({
  ...factBase,
  name: text,
  acronym: text.optional(),
  aliases: z.array(text).optional(),
  type: z.enum(ORGANISATION_TYPES),
  description: text.optional(),
  members: refList,
  headquarters: idSchema.optional(),
  successorOf: idSchema.optional(),
  founded: claimable(dateSpecSchema).optional(),
});

export const milestoneInputSchema = z.strictObject({
  kind: z.enum(MILESTONE_KINDS),
  label: text,
  date: claimable(dateSpecSchema),
  sources: sourcesSchema.optional(),
  ask: itemAskSchema.optional(),
  /** One sentence stating the milestone, with its date: the explanation after an answer. */
  statement: text.optional(),
});

export const projectInputSchema = z.strictObject({
  ...factBase,
  name: text,
  acronym: text.optional(),
  aliases: z.array(text).optional(),
  type: z.enum(PROJECT_TYPES),
  description: text.optional(),
  route: refList,
  countries: refList,
  carries: z.array(text).optional(),
  organisations: refList,
  milestones: z.array(milestoneInputSchema).optional(),
});

export const documentInputSchema = z.strictObject({
  ...factBase,
  title: text,
  titleVariants: z.array(text).optional(),
  type: z.enum(DOCUMENT_TYPES),
  date: claimable(dateSpecSchema).optional(),
  place: claimable(idSchema).optional(),
  parties: refList,
  signatories: refList,
  inForce: claimable(dateSpecSchema).optional(),
  projects: refList,
  organisations: refList,
});

export const eventInputSchema = z.strictObject({
  ...factBase,
  title: text,
  type: z.enum(EVENT_TYPES),
  date: claimable(dateSpecSchema),
  place: claimable(idSchema).optional(),
  participants: refList,
  countries: refList,
  documents: refList,
  projects: refList,
  organisations: refList,
  description: text.optional(),
});

export const figureInputSchema = z.strictObject({
  ...factBase,
  metric: z.enum(FIGURE_METRICS),
  label: text,
  value: z.union([z.number(), z.array(figureClaimSchema).min(1)]),
  maxValue: z.number().optional(),
  qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
  unit: text,
  period: dateSpecSchema.optional(),
  subjects: refList,
  from: idSchema.optional(),
  to: idSchema.optional(),
  /** What the flow consists of (the goods traded, exported, imported), in the source's words. */
  goods: z.array(text).optional(),
});

export type SourceInput = z.infer<typeof sourceInputSchema>;
export type PersonInput = z.infer<typeof personInputSchema>;
export type PlaceInput = z.infer<typeof placeInputSchema>;
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export type ProjectInput = z.infer<typeof projectInputSchema>;
export type DocumentInput = z.infer<typeof documentInputSchema>;
export type EventInput = z.infer<typeof eventInputSchema>;
export type FigureInput = z.infer<typeof figureInputSchema>;

/** Record schema per top-level key of a course file. */
export const recordSchemas = {
  sources: sourceInputSchema,
  people: personInputSchema,
  places: placeInputSchema,
  organisations: organisationInputSchema,
  projects: projectInputSchema,
  documents: documentInputSchema,
  events: eventInputSchema,
  figures: figureInputSchema,
} as const;
