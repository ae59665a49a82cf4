export {
  type HeatLevel,
  type HeatmapCell,
  type HeatmapOptions,
  heatLevel,
  type MonthLabel,
  type ReviewHeatmap,
  reviewHeatmap,
} from "./calendar";
export {
  addDays,
  type DayCount,
  type DayKey,
  dayNumber,
  daysBetween,
  weekdayOf,
} from "./day-key";
export { startOfDayKey } from "./day-start";
export { ProgressError, type ProgressErrorCode, ProgressValidationError } from "./errors";
export {
  type ExamDeckCounts,
  type ExamPlan,
  type ExamPlannerOptions,
  planExam,
} from "./exam-planner";
export { type DueForecast, dueCountsFromCards, dueForecast, type ForecastBar } from "./forecast";
export { type HardestQuestion, type HardFact, hardestFacts } from "./hardest";
export {
  type HistoryEntry,
  type QuestionHistory,
  type QuestionReviewRow,
  questionHistory,
} from "./history";
export {
  type ContinueAction,
  type HomeSummary,
  type HomeSummaryInput,
  homeSummary,
} from "./home-summary";
export {
  type MasteryGroup,
  type MasteryOptions,
  type MasteryQuestion,
  type MasteryReport,
  masteryReport,
} from "./mastery";
export {
  type AnswerCounts,
  type DeckRetention,
  type QuestionRetentionRow,
  type RetentionRate,
  type RetentionSummary,
  retentionByDeck,
  retentionRate,
  type WindowCounts,
  type WindowRetention,
} from "./retention";
export { currentStreak, longestStreak } from "./streak";
