import { type FSRS, type FSRSParameters, fsrs, generatorParameters } from "ts-fsrs";
import type { SchedulerSettings } from "./settings";

/** The full ts-fsrs parameter set for a user's settings (default FSRS-6 weights, short-term on). */
export function fsrsParametersFor(settings: SchedulerSettings): FSRSParameters {
  return generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: settings.learningSteps,
    relearning_steps: settings.relearningSteps,
  });
}

/** A ts-fsrs scheduler for these settings (cheap to build; callers do not share instances). */
export function schedulerFor(settings: SchedulerSettings): FSRS {
  return fsrs(fsrsParametersFor(settings));
}
