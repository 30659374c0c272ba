import type { BaseState, CommandBase } from './types';
import { compare, cursorOf, seek, type Position, type Session } from './timeline';

/**
 * Step controls. A "moment" is a logged command or a scheduled engine change (a VM finishing its
 * boot, a pull completing); idle time with nothing scheduled moves in 1 s steps.
 */

const IDLE_STEP_MS = 1000;
/** How many earlier moments stepBack tries before settling for the nearest one. */
const MAX_BACK_TRIES = 6;

/** Where the next moment is, seen from the cursor. */
export function nextMoment(session: Session<BaseState, CommandBase>): Position {
  const { log, step, state } = session;
  const logged = log[step];
  const raw = session.engine.nextChangeAt(state);
  const change = raw !== null && raw > state.now ? raw : null;
  if (logged !== undefined && (change === null || logged.at <= change))
    return { step: step + 1, now: logged.at };
  if (change !== null) return { step, now: change };
  return { step, now: state.now + IDLE_STEP_MS };
}

/** Advances to the next moment: the next logged command or scheduled change, whichever is first, else +1 s. */
export function stepForward<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
): Session<S, C> {
  return seek(session, nextMoment(session));
}

/**
 * Goes back to the previous moment, chosen so that stepping forward again lands exactly here:
 * stepBack then stepForward gives a deep-equal state at every position stepForward can reach.
 * Candidates are the times of recent events (engines emit one for every scheduled change), the
 * last command, and 1 s earlier; the first one whose next moment is the cursor wins.
 */
export function stepBack<S extends BaseState, C extends CommandBase>(session: Session<S, C>): Session<S, C> {
  const here = cursorOf(session);
  if (here.step === 0 && here.now === 0) return session;
  const previousCommand = session.log[here.step - 1];
  if (previousCommand !== undefined && previousCommand.at === here.now) {
    return seek(session, { step: here.step - 1, now: here.now });
  }
  const floor = previousCommand?.at ?? 0;
  const times = new Set<number>();
  for (let index = session.events.length - 1; index >= 0 && times.size < MAX_BACK_TRIES; index -= 1) {
    const at = session.events[index]?.at ?? -1;
    if (at < floor) break;
    if (at < here.now) times.add(at);
  }
  times.add(floor);
  const candidates = [...times].sort((a, b) => b - a);
  if (here.now - IDLE_STEP_MS >= floor) candidates.push(here.now - IDLE_STEP_MS);
  for (const now of candidates) {
    const earlier = seek(session, { step: here.step, now });
    if (compare(nextMoment(earlier), here) === 0) return earlier;
  }
  return seek(session, { step: here.step, now: Math.max(...candidates) });
}
