/** How each value of a record is known when its quotes do not state it: `basis`. */
import { type BasisInput, recordSchemas } from "../schema";
import type { Basis } from "../types";
import type { RecordContext } from "./record-context";
import { withArticle } from "./with-article";

/** Fields that are wording or bookkeeping, not values: they have no basis. */
const BASIS_EXCLUDED = new Set(["id", "themes", "tags", "sources", "note", "say", "quiz", "basis"]);

/** Keys are field paths ("signatories", "roles.0.period") whose first part is a field of the record. */
export function readBasis(
  ctx: RecordContext,
  input: Record<string, BasisInput> | undefined,
): Record<string, Basis> {
  const fields = Object.keys(recordSchemas[ctx.raw.collection].shape);
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
