/** Validation issues of a course and the typed error that carries them. */

export interface ContentIssue {
  /** Course file (or folder) the issue is in, as shown to the author. */
  file: string;
  /** Singular kind of the record, e.g. "event"; null for file-level issues. */
  recordKind: string | null;
  /** Id of the record, when known. */
  recordId: string | null;
  /** Dotted path inside the record (or file), e.g. `date.1.sources.0.quote`; "" for the whole. */
  path: string;
  message: string;
}

/** One line: `file › event "id" › path: message`. */
export function formatIssue(issue: ContentIssue): string {
  const parts = [issue.file];
  if (issue.recordId !== null) {
    parts.push(`${issue.recordKind ?? "record"} "${issue.recordId}"`);
  } else if (issue.recordKind !== null) {
    parts.push(issue.recordKind);
  }
  const head = parts.join(" › ");
  return issue.path === ""
    ? `${head}: ${issue.message}`
    : `${head} › ${issue.path}: ${issue.message}`;
}

export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map(formatIssue).join("\n");
}

/** Thrown by `loadCourse` when a course does not validate; `message` lists every issue. */
export class CourseValidationError extends Error {
  readonly issues: readonly ContentIssue[];
  readonly courseDir: string;

  constructor(courseDir: string, issues: readonly ContentIssue[]) {
    const count = `${issues.length} error${issues.length === 1 ? "" : "s"}`;
    super(`Course "${courseDir}" is invalid (${count}):\n${formatIssues(issues)}`);
    this.name = "CourseValidationError";
    this.issues = issues;
    this.courseDir = courseDir;
  }
}
