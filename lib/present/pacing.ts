import type { Scenario } from './scenario-schema';

export type Pace = 'on-time' | 'ahead' | 'behind';

/** Within a minute of the plan counts as on time. */
const SLACK_MS = 60_000;

/**
 * How the talk is going against the planned minutes: the plan says step N should end at the sum of
 * the minutes of steps 1..N. Behind when more time has passed than that; ahead when the step was
 * reached more than a minute before the previous steps' planned end.
 */
export function pacing(
  scenario: Pick<Scenario, 'steps'>,
  step: number,
  elapsedMs: number,
): { readonly pace: Pace; readonly differenceMs: number } {
  const minutes = scenario.steps.map((candidate) => candidate.minutes ?? 0);
  const startOfStep = minutes.slice(0, step - 1).reduce((sum, value) => sum + value, 0) * 60_000;
  const endOfStep = startOfStep + (minutes[step - 1] ?? 0) * 60_000;
  if (elapsedMs > endOfStep + SLACK_MS) return { pace: 'behind', differenceMs: elapsedMs - endOfStep };
  if (elapsedMs < startOfStep - SLACK_MS) return { pace: 'ahead', differenceMs: startOfStep - elapsedMs };
  return { pace: 'on-time', differenceMs: 0 };
}

/** 700000 → "11:40", 3725000 → "1:02:05". */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
