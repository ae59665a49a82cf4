/** A figure: an amount (or several sources' amounts) with its unit, period and subjects. */
import { deriveClaimedFigure } from "../claims";
import type { RecordContext } from "../parse/record-context";
import { checkAskAnswers } from "../parse/wording";
import { figureInputSchema } from "../schema";
import type { Claim, Figure, FigureValue } from "../types";

const ASKABLE = ["value", "goods"] as const;

export function buildFigure(ctx: RecordContext): Figure | null {
  const input = ctx.validate(figureInputSchema);
  if (!input) return null;
  const base = ctx.base(input, ASKABLE);
  checkAskAnswers(ctx, base.say, { goods: input.goods ?? [] });
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
          sources: ctx.sourceRefs(claim.sources, `value.${i}.sources`),
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
  return {
    kind: "figure",
    ...base,
    metric: input.metric,
    label: input.label,
    value: deriveClaimedFigure(claims),
    unit: input.unit,
    period: input.period === undefined ? null : ctx.date(input.period, "period"),
    subjects: ctx.refs(input.subjects, "subjects", [
      "person",
      "place",
      "organisation",
      "project",
      "document",
      "event",
    ]),
    from: ctx.optionalRef(input.from, "from", ["place"]),
    to: ctx.optionalRef(input.to, "to", ["place"]),
    goods: input.goods ?? [],
  };
}
