import type { Figure } from "@/lib/content/types";
import { formatDateValue, yearOfIso } from "../date-values";
import type { Fact } from "../fact";
import type { FactBuilder } from "../fact-builder";

/** Amounts of other figures with the same metric, unit and period are never distractors. */
function relatedAmounts(figures: readonly Figure[], figure: Figure): number[] {
  return figures
    .filter(
      (f) =>
        f.id !== figure.id &&
        f.metric === figure.metric &&
        f.unit === figure.unit &&
        f.period?.text === figure.period?.text,
    )
    .flatMap((f) => f.value.claims.map((c) => c.value.amount));
}

export function figureFacts(b: FactBuilder, figure: Figure): (Fact | null)[] {
  const name = b.subject ?? "";
  const Name = b.Subject;
  const period = figure.period;
  // "in 2019", "in about 2005", "since 1998" (an open period carries its own preposition).
  const written = period === null ? "" : formatDateValue(period);
  const when =
    period === null
      ? ""
      : /^(since|before|after|until|by|in|during|from)\b/i.test(written)
        ? ` ${written}`
        : ` in ${written}`;
  return [
    b.text("goods", figure.goods, {
      kind: "figures",
      template: null,
      statement: null,
      tiers: [
        b.index.pool("goods", () => [...new Set(b.index.course.figures.flatMap((f) => f.goods))]),
      ],
      typedVariants: null,
    }),
    b.number("value", figure.value, {
      kind: "figures",
      template: `What was ${name}${when}?`,
      statement: (value) => `${Name} was ${value}${when}.`,
      unit: figure.unit,
      forbiddenAmounts: relatedAmounts(b.index.course.figures, figure),
      year: period ? yearOfIso(period.start) : null,
    }),
  ];
}
