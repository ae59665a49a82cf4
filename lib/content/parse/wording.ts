/** A record's authored wording (`say`): how the app names it, states it and asks about it. */
import type { SayInput } from "../schema";
import type { AskSpec, Wording } from "../types";
import type { RecordContext } from "./record-context";
import { withArticle } from "./with-article";

/** The wording; `ask` keys must be among `askable`, the properties this kind can be asked about. */
export function readWording(
  ctx: RecordContext,
  say: SayInput | undefined,
  askable: readonly string[],
): Wording {
  const ask: Record<string, AskSpec> = {};
  for (const [property, spec] of Object.entries(say?.ask ?? {})) {
    if (!askable.includes(property)) {
      ctx.report(
        `say.ask.${property}`,
        askable.length === 0
          ? `${withArticle(ctx.raw.kind)} has no askable properties here (ask about roles or milestones in the item itself)`
          : `unknown property "${property}": expected one of ${askable.join(", ")}`,
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

/** An authored `{ question, answer }` must name one of the property's own values. */
export function checkAskAnswers(
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
