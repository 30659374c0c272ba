import type { Scenario } from './scenario-schema';

/**
 * Where a presentation is: a step (1-based, as the URL and the presenter count) and, for a step
 * that asks the room, whether the answer has been revealed. A step with a question opens on the
 * question, before anything plays; revealing plays it.
 */
export interface Cursor {
  readonly step: number;
  readonly revealed: boolean;
}

type Steps = Pick<Scenario, 'steps'>;

const asks = (scenario: Steps, step: number) => scenario.steps[step - 1]?.ask !== undefined;

/** Arriving at a step from the one before it (or from a link): on its question if it has one. */
export function arriveAt(scenario: Steps, step: number): Cursor {
  const clamped = Math.min(Math.max(1, Math.trunc(step)), scenario.steps.length);
  return { step: clamped, revealed: !asks(scenario, clamped) };
}

/** → / space: reveal the answer if the room has been asked, otherwise the next step. Null at the end. */
export function forward(scenario: Steps, cursor: Cursor): Cursor | null {
  if (!cursor.revealed) return { step: cursor.step, revealed: true };
  return cursor.step < scenario.steps.length ? arriveAt(scenario, cursor.step + 1) : null;
}

/** ←: back to the previous step as it ended (revealed). Null at the start. */
export function backward(cursor: Cursor): Cursor | null {
  return cursor.step > 1 ? { step: cursor.step - 1, revealed: true } : null;
}

/** How many steps have played at this cursor: an unrevealed question has not played its step yet. */
export function playedSteps(cursor: Cursor): number {
  return cursor.revealed ? cursor.step : cursor.step - 1;
}

/** A step number from a URL segment or a typed "g 7": null unless it names a step of the scenario. */
export function parseStep(text: string, scenario: Steps): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const step = Number(text);
  return step >= 1 && step <= scenario.steps.length ? step : null;
}
