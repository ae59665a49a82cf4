import type { Claim, DateValue, FactRecord, FigureValue, RecordKind } from "@/lib/content/types";
import type { QuestionKind } from "../types";

/**
 * One askable fact: a field of a record with its claims. Generators read facts, never records,
 * so every question type treats disputes, errata and precision the same way.
 */
interface FactCommon {
  /** `recordId#field`, stable while the record id and field name are. */
  id: string;
  record: FactRecord;
  kind: QuestionKind;
  /** A noun phrase for the fact, e.g. "the date the Almaty Declaration was signed". */
  topic: string;
  /** 0 (well attested, often referred to) … 1 (obscure). */
  obscurity: number;
  disputed: boolean;
}

export interface DateFact extends FactCommon {
  valueType: "date";
  claims: Claim<DateValue>[];
  /** Completes "In which year …?": "was the Almaty Declaration signed". */
  askWhen: string;
  /** A full sentence from a date phrase ("on 24 May 2005", "in 2005"). */
  statement: (when: string) => string;
  /** Short label for ordering questions: "Almaty Declaration signed". */
  itemLabel: string;
}

/** Ids of people, places, organisations or projects. */
export interface RefFact extends FactCommon {
  valueType: "ref";
  refKind: Exclude<RecordKind, "source" | "figure">;
  claims: Claim<string>[];
  /** Every value that is true for this relation (e.g. all signatories): never a distractor. */
  trueValues: string[];
  /** Values true by implication (a place inside or around a true place). */
  alsoTrue?: (id: string) => boolean;
  /** Distractor candidates, most plausible tier first (shared pools: do not mutate). */
  distractorTiers: readonly (readonly string[])[];
  /** The question; "Which of these …" when several values are true. */
  ask: string;
  statement: (valueName: string) => string;
  /** Typed answers only make sense when exactly one value is true. */
  typeable: boolean;
}

/** Free-text values such as a role, what a project carries, an acronym. */
export interface TextFact extends FactCommon {
  valueType: "text";
  claims: Claim<string>[];
  trueValues: string[];
  distractorTiers: readonly (readonly string[])[];
  ask: string;
  statement: (value: string) => string;
  /** Other accepted spellings of the value for a typed answer; null when not typeable. */
  typedVariants: string[] | null;
  /** Explicit typed prompt when it differs from `ask`. */
  typedAsk?: string;
}

export interface NumberFact extends FactCommon {
  valueType: "number";
  claims: Claim<FigureValue>[];
  unit: string;
  /** Amounts of related figures (same metric, unit and period) that are never distractors. */
  forbiddenAmounts: number[];
  ask: string;
  statement: (value: string) => string;
  /** Decade the figure is for, if any. */
  year: number | null;
}

export type Fact = DateFact | RefFact | TextFact | NumberFact;
