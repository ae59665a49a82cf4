/** Reading a record file: a map from record kind to a list of records, not yet validated. */
import type { ContentIssue } from "../issues";
import { KIND_OF_COLLECTION, RECORD_KINDS, type RecordCollection, type RecordKind } from "../types";
import { type CourseFile, fileIssue, parseCourseFile } from "./course-file";

/** One record as written, before its schema is checked. */
export interface RawRecord {
  collection: RecordCollection;
  kind: RecordKind;
  file: string;
  /** Path of the file relative to the course folder. */
  localFile: string;
  index: number;
  id: string | null;
  data: unknown;
}

/** The file's records in order; `courseRoot` is the course folder's path with its separator. */
export function readRecordFile(
  file: CourseFile,
  courseRoot: string,
  issues: ContentIssue[],
): RawRecord[] {
  const data = parseCourseFile(file, issues);
  if (data === undefined || data === null) return [];
  if (typeof data !== "object" || Array.isArray(data)) {
    issues.push(
      fileIssue(
        file.path,
        "",
        `expected a map from record kind (${RECORD_KINDS.join(", ")}) to a list`,
      ),
    );
    return [];
  }
  const localFile = file.path.startsWith(courseRoot)
    ? file.path.slice(courseRoot.length)
    : file.path;
  const raws: RawRecord[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!(RECORD_KINDS as readonly string[]).includes(key)) {
      issues.push(
        fileIssue(
          file.path,
          key,
          `unknown record kind "${key}": expected one of ${RECORD_KINDS.join(", ")}`,
        ),
      );
      continue;
    }
    const collection = key as RecordCollection;
    if (!Array.isArray(value)) {
      issues.push(fileIssue(file.path, key, "expected a list of records"));
      continue;
    }
    value.forEach((data, index) => {
      const id =
        typeof data === "object" &&
        data !== null &&
        typeof (data as { id?: unknown }).id === "string"
          ? (data as { id: string }).id
          : null;
      raws.push({
        collection,
        kind: KIND_OF_COLLECTION[collection],
        file: file.path,
        localFile,
        index,
        id,
        data,
      });
    });
  }
  return raws;
}
