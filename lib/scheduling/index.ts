export {
  CARD_STATES,
  type CardState,
  fromFsrsCard,
  isStarted,
  newCard,
  type StoredCard,
  storedCardSchema,
  toFsrsCard,
} from "./card";
export {
  isValidTimeZone,
  type StudyDayOptions,
  startOfNextStudyDay,
  startOfStudyDay,
  studyDayKey,
} from "./day";
export { SchedulingError, type SchedulingErrorCode, SchedulingValidationError } from "./errors";
export { formatInterval } from "./interval-label";
export { fsrsParametersFor } from "./parameters";
export {
  buildPracticeQueue,
  type PracticeItem,
  type PracticeOptions,
  type PracticeQuestion,
} from "./practice";
export {
  type BuildStudyQueueInput,
  buildStudyQueue,
  type QueueQuestion,
  type StudyDayProgress,
  type StudyQueue,
  type StudyQueueItem,
} from "./queue";
export type { Seed } from "./random";
export { REVIEW_RATINGS, type ReviewRating, ratingFromGrade } from "./rating";
export { type ReplayableReview, replayReviews, sortReviewsForReplay } from "./replay";
export {
  currentRetrievability,
  predictedRetrievability,
  retrievabilityAt,
} from "./retrievability";
export {
  type FsrsReviewLog,
  type IntervalPreview,
  previewIntervals,
  type ReviewOutcome,
  reviewCard,
} from "./review";
export {
  DESIRED_RETENTION_MAX,
  DESIRED_RETENTION_MIN,
  defaultSchedulerSettings,
  type LearningStep,
  RETENTION_TRADE_OFF,
  type SchedulerSettings,
  type SchedulerSettingsInput,
  type SettingsAt,
  type SettingsVersion,
  schedulerSettingsSchema,
  settingsHistory,
  settingsInForceAt,
} from "./settings";
