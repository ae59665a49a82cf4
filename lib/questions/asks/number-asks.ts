import type { FigureValue } from "@/lib/content/types";
import type { NumberFact } from "../facts/fact";
import { hashToUint32 } from "../hash";
import { parseQuantity, type Quantity } from "../parse-quantity";
import { type Rng, sample } from "../random";
import type { Ask } from "./ask";
import { groupClaims, printedValues } from "./claim-groups";

const QUALIFIER_WORDS: Record<FigureValue["qualifier"], string> = {
  exact: "",
  about: "about ",
  "more-than": "more than ",
  "less-than": "less than ",
  "at-least": "at least ",
  "up-to": "up to ",
};

/** "90,083", "250.9", "1,200": English digit grouping, decimals as given. */
export function formatAmount(amount: number): string {
  const [whole, fraction] = String(amount).split(".");
  const grouped = (whole ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** "about 300,000 people", "6–7 days" (a range reads as its two bounds). */
export function formatFigure(value: FigureValue, unit: string): string {
  const amount =
    value.maxAmount === null
      ? formatAmount(value.amount)
      : `${formatAmount(value.amount)}–${formatAmount(value.maxAmount)}`;
  return `${QUALIFIER_WORDS[value.qualifier]}${amount} ${unit}`.trim();
}

/** The same figure scaled to another amount (a range keeps its proportions). */
function scaled(value: FigureValue, amount: number): FigureValue {
  if (value.maxAmount === null) return { ...value, amount };
  const ratio = value.maxAmount / value.amount;
  return { ...value, amount, maxAmount: roundLike(amount * ratio, value.maxAmount) };
}

function decimalsOf(amount: number): number {
  return (String(amount).split(".")[1] ?? "").length;
}

/** Rounds like the answer: same decimals, and as many trailing zeros as a round answer has. */
function roundLike(value: number, answer: number): number {
  const decimals = decimalsOf(answer);
  if (decimals > 0) return Number(value.toFixed(decimals));
  const zeros = (String(answer).match(/0+$/)?.[0] ?? "").length;
  const step = 10 ** Math.min(zeros, Math.max(0, String(answer).length - 2));
  return Math.round(value / step) * step;
}

const FACTORS = [0.8, 1.25, 0.67, 1.5, 0.9, 1.1, 0.5, 2, 0.6, 1.75];

function numberCandidates(answer: number, forbidden: Set<number>): number[] {
  const out: number[] = [];
  for (const f of FACTORS) {
    const v = roundLike(answer * f, answer);
    if (v > 0 && v !== answer && !forbidden.has(v) && !out.includes(v)) out.push(v);
  }
  return out;
}

/** Equivalent readings for the checker: scaled with its unit, and the bare amount. */
function quantitiesOf(value: FigureValue, unit: string): Quantity[] {
  const scaled = parseQuantity(`${value.amount} ${unit}`);
  const bare: Quantity = { value: value.amount, unit: null };
  return scaled ? [scaled, bare] : [bare];
}

/** Asks for a figure: its value per claim group, attributed when disputed. */
export function numberAsks(fact: NumberFact): Ask[] {
  const forbidden = new Set([...fact.claims.map((c) => c.value.amount), ...fact.forbiddenAmounts]);
  for (const printed of printedValues(fact.claims)) {
    const q = parseQuantity(printed);
    if (q) forbidden.add(q.value);
  }
  // A figure only one source gives is that source's figure: it is asked "According to …".
  const sources = new Set(fact.claims.flatMap((c) => c.sources.map((s) => s.source.id)));
  const groups = groupClaims(
    fact.claims,
    (v) => `${v.amount}|${v.qualifier}`,
    fact.disputed,
    sources.size === 1,
  );
  return groups.map((group): Ask => {
    const value = group.value;
    const answer = formatFigure(value, fact.unit);
    const candidates = numberCandidates(value.amount, forbidden);
    const pickAmounts = (rng: Rng, count: number) => {
      const chosen = sample(candidates.slice(0, count * 2), count, rng);
      const closeness =
        chosen.length === 0
          ? 0
          : chosen.reduce(
              (s, c) => s + Math.max(0, 1 - Math.abs(Math.log(c / value.amount)) / Math.log(2)),
              0,
            ) / chosen.length;
      return { chosen, closeness };
    };
    return {
      fact,
      mode: "value",
      question: fact.question,
      answer,
      answerPhrase: answer,
      answerKey: `${value.amount}|${value.qualifier}|${fact.unit}`,
      surfaces: [formatAmount(value.amount), String(value.amount)],
      attribution: group.attribution,
      sources: group.sources,
      distractors(rng, count) {
        const { chosen, closeness } = pickAmounts(rng, count);
        return {
          texts: chosen.map((amount) => formatFigure(scaled(value, amount), fact.unit)),
          closeness,
        };
      },
      alternative() {
        if (candidates.length === 0) return null;
        const amount = candidates[hashToUint32(fact.id) % Math.min(4, candidates.length)] as number;
        return formatFigure(scaled(value, amount), fact.unit);
      },
      statement: fact.statement,
      typed: {
        question: fact.question,
        answer,
        accept: [],
        check: {
          answerKind: "number",
          quantities: quantitiesOf(value, fact.unit),
          confusables: [],
        },
      },
      // A range ("6-7 days") is never blanked: its lower bound alone is not the answer.
      cloze:
        value.maxAmount !== null
          ? null
          : {
              surfaces: [formatAmount(value.amount), String(value.amount)],
              answer: formatAmount(value.amount),
              distractors(rng, count) {
                const { chosen, closeness } = pickAmounts(rng, count);
                return { texts: chosen.map(formatAmount), closeness };
              },
            },
    };
  });
}
