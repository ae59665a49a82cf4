/**
 * Pure parsing and validation of a course: files in, a normalised `Course` or a list of issues
 * out. No I/O here; `load-course.ts` reads the folder. The shared machinery is in `parse/`, and
 * each record kind is built by its own module in `kinds/`.
 */
import type { ContentIssue } from "./issues";
import { buildDocument } from "./kinds/document";
import { buildEvent } from "./kinds/event";
import { buildFigure } from "./kinds/figure";
import { buildOrganisation } from "./kinds/organisation";
import { buildPerson } from "./kinds/person";
import { buildPlace } from "./kinds/place";
import { buildProject } from "./kinds/project";
import { buildSource } from "./kinds/source";
import { assembleCourse } from "./parse/assemble-course";
import { type CourseFile, fileIssue } from "./parse/course-file";
import { readManifest } from "./parse/read-manifest";
import { readRecordFile } from "./parse/read-record-file";
import { type CourseScope, RecordContext } from "./parse/record-context";
import { registerIds } from "./parse/register-ids";
import type { Course, CourseRecord, RecordCollection } from "./types";

export type { CourseFile } from "./parse/course-file";

export interface ParseCourseInput {
  files: readonly CourseFile[];
  /** Seed file name → text. `null` skips the seed-file and quote checks. */
  sourceTexts: ReadonlyMap<string, string> | null;
  /** How to name the source folder in messages. */
  sourceFolderLabel?: string;
}

export type ParseCourseResult =
  | { ok: true; course: Course }
  | { ok: false; issues: ContentIssue[] };

const MANIFEST_NAMES = ["course.yaml", "course.yml", "course.json"];

/** The builder of each kind of fact record (sources come first: facts cite them). */
const FACT_BUILDERS: Record<
  Exclude<RecordCollection, "sources">,
  (ctx: RecordContext) => CourseRecord | null
> = {
  people: buildPerson,
  places: buildPlace,
  organisations: buildOrganisation,
  projects: buildProject,
  documents: buildDocument,
  events: buildEvent,
  figures: buildFigure,
};

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Parses and validates a course from its files and (optionally) its seed texts. Pure. */
export function parseCourse(input: ParseCourseInput): ParseCourseResult {
  const issues: ContentIssue[] = [];
  const manifestFiles = input.files.filter((f) => MANIFEST_NAMES.includes(baseName(f.path)));
  const manifestFile = manifestFiles[0];
  if (manifestFiles.length !== 1 || manifestFile === undefined) {
    const folder = input.files[0]?.path.replace(/[\\/][^\\/]*$/, "") ?? "(empty course)";
    const message =
      manifestFiles.length === 0
        ? "expected a course.yaml file in the course folder"
        : "expected exactly one of course.yaml, course.yml, course.json";
    return { ok: false, issues: [fileIssue(folder, "", message)] };
  }
  const courseRoot = manifestFile.path.slice(0, -baseName(manifestFile.path).length);
  const manifest = readManifest(manifestFile, issues);
  const raws = input.files
    .filter((file) => file !== manifestFile)
    .flatMap((file) => readRecordFile(file, courseRoot, issues));
  const scope: CourseScope = {
    issues,
    known: registerIds(raws, issues),
    sources: new Map(),
    preparedTexts: new Map(),
    themeIds: new Set(manifest?.themes.map((t) => t.id)),
    sourceTexts: input.sourceTexts,
    sourceFolderLabel: input.sourceFolderLabel,
  };
  for (const raw of raws) {
    if (raw.collection !== "sources") continue;
    const source = buildSource(new RecordContext(raw, scope));
    if (source) scope.sources.set(source.id, source);
  }
  const built: CourseRecord[] = [...scope.sources.values()];
  for (const raw of raws) {
    if (raw.collection === "sources") continue;
    const record = FACT_BUILDERS[raw.collection](new RecordContext(raw, scope));
    if (record) built.push(record);
  }
  if (issues.length > 0 || !manifest) return { ok: false, issues };
  return { ok: true, course: assembleCourse(manifest, built) };
}
