/**
 * The side-by-side model: one web app run six ways over a simulated day. Pure and deterministic;
 * prices come from lib/sim/pricing, one dated module per price list.
 */
export { answered, whereTheyRun, type Answered } from './card-words';
export { compareOptions, optionDay, type Comparison } from './compare';
export { clock, count, usd } from './format';
export { loadProfile, LOAD_SHAPE_DESCRIPTIONS, LOAD_SHAPE_LABELS } from './load-profile';
export { OPTION_MODELS, replicaNoun, type OptionModel } from './options';
export { lambdaRequestMs } from './options/lambda';
export {
  DUTIES,
  DUTY_LABELS,
  RESPONSIBILITIES,
  type Duty,
  type Responsibility,
  type Who,
} from './responsibilities';
export {
  scaleStep,
  STEP_AFTER_MINUTES,
  STEP_BEFORE_MINUTES,
  STEP_TO_REPLICAS,
  type StepResult,
} from './scale-step';
export { DEFAULT_INPUT, DEFAULT_MINUTE, LAST_MINUTE, PEAK_STOPS } from './settings';
export { SIZES, type ReplicaSize } from './sizes';
export { FIRST_REQUEST, type StartupRange } from './startup';
export * from './types';
export { WORKLOAD } from './workload';
