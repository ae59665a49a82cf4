/** Codes for every expected failure of the scheduling core. */
export type SchedulingErrorCode =
  | "INVALID_SETTINGS"
  | "INVALID_CARD"
  | "INVALID_GRADE"
  | "INVALID_TIME"
  | "REVIEW_BEFORE_LAST_REVIEW"
  | "INVALID_TIME_ZONE";

/** Base class of the scheduling core's errors; `code` is stable, `message` is for people. */
export class SchedulingError extends Error {
  readonly code: SchedulingErrorCode;

  constructor(code: SchedulingErrorCode, message: string) {
    super(message);
    this.name = "SchedulingError";
    this.code = code;
  }
}

/** An input the caller should have rejected (bad settings, impossible grade, time going backwards). */
export class SchedulingValidationError extends SchedulingError {
  constructor(code: SchedulingErrorCode, message: string) {
    super(code, message);
    this.name = "SchedulingValidationError";
  }
}
