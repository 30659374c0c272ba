import type { CommandError, Json, SimEvent, Step } from '../core/types';
import type { EcrState } from './types';

/** Small helpers every ECR command module uses to answer. */
export function event(at: number, kind: string, level: SimEvent['level'], message: string): SimEvent {
  return { at, kind, level, message };
}

/** A refused command: the state as it was, the tool's error and an event for the log. */
export function refuse(state: EcrState, code: string, message: string): Step<EcrState> {
  const error: CommandError = { code, message };
  return { state, events: [event(state.now, 'api-error', 'error', `${code}: ${message}`)], error };
}

export function done(state: EcrState, events: readonly SimEvent[], response?: Json): Step<EcrState> {
  return response === undefined ? { state, events } : { state, events, response };
}
