/** Codes for every expected failure of the statistics core. */
export type ProgressErrorCode = "INVALID_DAY_KEY" | "INVALID_COUNTS" | "INVALID_OPTIONS";

/** Base class of the statistics core's errors; `code` is stable, `message` is for people. */
export class ProgressError extends Error {
  readonly code: ProgressErrorCode;

  constructor(code: ProgressErrorCode, message: string) {
    super(message);
    this.name = "ProgressError";
    this.code = code;
  }
}

/** An input the data layer should never produce (malformed day key, negative count, correct > total). */
export class ProgressValidationError extends ProgressError {
  constructor(code: ProgressErrorCode, message: string) {
    super(code, message);
    this.name = "ProgressValidationError";
  }
}
