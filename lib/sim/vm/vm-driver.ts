import { createSession, dispatchWithResult, advance, type Session } from '../core/session';
import type { CommandError, SimEvent } from '../core/types';
import type { RunContainers, VmCommand } from './commands';
import type { VmSimState } from './types';
import { vmEngine } from './engine';

/**
 * A chainable test driver (after tldraw's TestEditor): reads like a script, keeps the session, and
 * remembers the last command's error and events.
 *
 *   vmSim(7).launch(2).run('nginx', { count: 3 }).traffic(500).wait('2m')
 */
export interface VmDriver {
  readonly session: Session<VmSimState, VmCommand>;
  readonly state: VmSimState;
  /** Every event so far. */
  readonly events: readonly SimEvent[];
  /** Events of the last command or wait. */
  readonly lastEvents: readonly SimEvent[];
  readonly lastError: CommandError | undefined;
  send(command: VmCommand): VmDriver;
  launch(count: number, instanceType?: string): VmDriver;
  run(image: string, options?: Partial<Omit<RunContainers, 'type' | 'image'>>): VmDriver;
  traffic(rps: number): VmDriver;
  /** Lets time pass: a number of ms, or `'30s'`, `'2m'`. */
  wait(duration: number | string): VmDriver;
  kinds(): string[];
}

function toMs(duration: number | string): number {
  if (typeof duration === 'number') return duration;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(duration);
  if (match === null) throw new Error(`bad duration ${duration}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

function driver(
  session: Session<VmSimState, VmCommand>,
  lastEvents: readonly SimEvent[],
  lastError: CommandError | undefined,
): VmDriver {
  const self: VmDriver = {
    session,
    state: session.state,
    events: session.events,
    lastEvents,
    lastError,
    send(command) {
      const result = dispatchWithResult(session, command);
      return driver(result.session, result.events, result.error);
    },
    launch: (count, instanceType = 't3.small') => self.send({ type: 'LaunchVms', count, instanceType }),
    run: (image, options = {}) => self.send({ type: 'RunContainers', image, count: 1, ...options }),
    traffic: (rps) => self.send({ type: 'SetTraffic', rps }),
    wait(duration) {
      const next = advance(session, toMs(duration));
      return driver(next, next.events.slice(session.events.length), undefined);
    },
    kinds: () => lastEvents.map((e) => e.kind),
  };
  return self;
}

export function vmSim(seed = 1): VmDriver {
  return driver(createSession(vmEngine, seed), [], undefined);
}
