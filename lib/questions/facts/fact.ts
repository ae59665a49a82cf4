import type { Claim, DateValue, FactRecord, FigureValue, RecordKind } from "@/lib/content/types";
import type { QuestionKind } from "../types";

/**
 * One askable fact: one property of a record, with its claims and the authored (or templated)
 * question that asks it. Generators read facts, never records, so every question type treats
 * disputes, errata, inferences and precision the same way.
 */
interface FactCommon {
  /** `recordId#property` ("treaty-x#date", "person-y#roles.0"): stable while the record id is. */
  id: string;
  record: FactRecord;
  /** The property asked: "date", "signatories", "roles.0", "milestones.1", "value"… */
  property: string;
  kind: QuestionKind;
  /** The whole question, without attribution: "When was the Treaty of Hallow signed?" */
  question: string;
  /**
   * A sentence that states the fact with the given value phrase ("in 1921", "Tamsin Oakhart"), or
   * null where no template sentence reads well (the explanation is then the question and answer).
   */
  statement: ((valuePhrase: string) => string) | null;
  /** 0 (well attested, often referred to) … 1 (obscure). */
  obscurity: number;
  disputed: boolean;
  /** Why the value is known when its quotes do not say it in so many words (`basis.inferred`). */
  inference: string | null;
  /** The author's sentence about this fact: an item's own `statement`, else the record's. */
  authoredStatement: string | null;
}

export interface DateFact extends FactCommon {
  valueType: "date";
  claims: Claim<DateValue>[];
  /** Label for ordering and matching questions: "The Treaty of Hallow (signed)". */
  itemLabel: string;
}

/** Ids of people, places, organisations, projects or documents. */
export interface RefFact extends FactCommon {
  valueType: "ref";
  refKind: Exclude<RecordKind, "source" | "figure">;
  claims: Claim<string>[];
  /** Every value that is true for this property (e.g. all signatories): never a distractor. */
  trueValues: string[];
  /** Values true by implication (a place inside or around a true place). */
  alsoTrue?: (id: string) => boolean;
  /** Distractor candidates, most plausible tier first (shared pools: do not mutate). */
  distractorTiers: readonly (readonly string[])[];
  /** In "set" mode, who may stand in for one member (one president of a country for another). */
  standInsFor: (id: string) => readonly (readonly string[])[];
  /** The option text of a value ("Tamsin Oakhart", "Agreement on the Lantern Cable"). */
  display: (id: string) => string;
  /**
   * "set": the question asks for every value at once and an option names them all ("A and B");
   * "one": the question asks for one value (`claims`), the others are neither key nor option.
   */
  mode: "set" | "one";
  /** A typed answer makes sense: one value, a name a student can spell. */
  typeable: boolean;
}

/** Free-text values such as what a project carries. */
export interface TextFact extends FactCommon {
  valueType: "text";
  claims: Claim<string>[];
  trueValues: string[];
  distractorTiers: readonly (readonly string[])[];
  /** Other accepted spellings of the value for a typed answer; null when not typeable. */
  typedVariants: string[] | null;
}

export interface NumberFact extends FactCommon {
  valueType: "number";
  claims: Claim<FigureValue>[];
  unit: string;
  /** Amounts of related figures (same metric, unit and period) that are never distractors. */
  forbiddenAmounts: number[];
  /** Year the figure is for, if any. */
  year: number | null;
}

export type Fact = DateFact | RefFact | TextFact | NumberFact;
