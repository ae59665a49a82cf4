/** The course's ids, registered before any record is built so that references resolve. */
import type { ContentIssue } from "../issues";
import type { RecordKind } from "../types";
import type { RawRecord } from "./read-record-file";
import { withArticle } from "./with-article";

/** What a reference may be checked against: the record's kind and, for a place, its type. */
export interface KnownRecord {
  raw: RawRecord;
  kind: RecordKind;
  file: string;
  placeType: string | null;
}

/** Id → record, for every record with an id (even one that will fail its schema). */
export function registerIds(
  raws: readonly RawRecord[],
  issues: ContentIssue[],
): Map<string, KnownRecord> {
  const known = new Map<string, KnownRecord>();
  for (const raw of raws) {
    if (raw.id === null) continue;
    const previous = known.get(raw.id);
    if (previous) {
      issues.push({
        file: raw.file,
        recordKind: raw.kind,
        recordId: raw.id,
        path: "id",
        message: `duplicate id: already used by ${withArticle(previous.kind)} in ${previous.file}`,
      });
      continue;
    }
    const type = (raw.data as { type?: unknown }).type;
    known.set(raw.id, {
      raw,
      kind: raw.kind,
      file: raw.file,
      placeType: raw.kind === "place" && typeof type === "string" ? type : null,
    });
  }
  return known;
}
