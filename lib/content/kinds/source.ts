/** A source: a text the course quotes. Sources are built before every fact record. */
import type { RecordContext } from "../parse/record-context";
import { prepareSourceText } from "../quotes";
import { sourceInputSchema } from "../schema";
import type { Source } from "../types";

/** The source, or null when invalid or a duplicate; its seed text is prepared for the quotes. */
export function buildSource(ctx: RecordContext): Source | null {
  const input = ctx.validate(sourceInputSchema);
  if (!input) return null;
  const { sourceTexts, sourceFolderLabel, preparedTexts, known } = ctx.scope;
  if (sourceTexts !== null) {
    const text = sourceTexts.get(input.file);
    if (text === undefined) {
      const folder = sourceFolderLabel ?? "the source folder";
      ctx.report("file", `seed file "${input.file}" not found in ${folder}`);
    } else {
      preparedTexts.set(input.id, prepareSourceText(text));
    }
  }
  if (known.get(input.id)?.raw !== ctx.raw) return null; // a duplicate, already reported
  return {
    kind: "source",
    id: input.id,
    file: ctx.raw.localFile,
    seedFile: input.file,
    title: input.title,
    authors: input.authors,
    date: input.date === undefined ? null : ctx.date(input.date, "date"),
    type: input.type,
    publication: input.publication ?? null,
    doi: input.doi ?? null,
    url: input.url ?? null,
    note: input.note ?? null,
  };
}
