import type { BaseState, CommandBase, SimEvent, TimedCommand } from './types';
import type { Session } from './timeline';

/** One line of what happened: a logged command, or an event (from a command or from time passing). */
export type HistoryItem<C extends CommandBase> =
  | { readonly kind: 'command'; readonly entry: TimedCommand<C> }
  | { readonly kind: 'event'; readonly event: SimEvent };

/**
 * Commands and events up to the cursor, in the order they happened: each command right before
 * the events it produced, after the events of the time that passed before it. Sorting by time
 * cannot tell these apart (a preset runs several commands at 0 ms), so the log is replayed.
 */
export function historyAtCursor<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
): HistoryItem<C>[] {
  const { engine } = session;
  const items: HistoryItem<C>[] = [];
  let state = engine.init(session.seed);
  const take = (step: { state: S; events: readonly SimEvent[] }): void => {
    state = step.state;
    for (const event of step.events) items.push({ kind: 'event', event });
  };
  for (const entry of session.log.slice(0, session.step)) {
    if (entry.at > state.now) take(engine.tick(state, entry.at - state.now));
    items.push({ kind: 'command', entry });
    take(engine.apply(state, entry.command));
  }
  if (session.state.now > state.now) take(engine.tick(state, session.state.now - state.now));
  return items;
}
