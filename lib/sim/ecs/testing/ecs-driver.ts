import { advance, createSession, dispatchWithResult, type Session } from '../../core/session';
import type { CommandError, Json, SimEvent } from '../../core/types';
import { SSM_PARAMETERS } from '../catalog';
import type { EcsCommand, EcsCommandOf } from '../commands';
import { ecsEngine } from '../engine';
import type { EcsState, Task } from '../types';

/**
 * A chainable test driver over the ECS engine (after tldraw's TestEditor): reads like a script and
 * remembers the last command's error, response and events.
 *
 *   ecs().withInstances(3, 'm5.large').register(webDef).runTask('web', 4).wait('1m')
 */
export interface EcsDriver {
  readonly session: Session<EcsState, EcsCommand>;
  readonly state: EcsState;
  readonly lastEvents: readonly SimEvent[];
  readonly lastError: CommandError | undefined;
  readonly lastResponse: Json | undefined;
  send(command: EcsCommand): EcsDriver;
  /** Launches ECS-optimized instances into `cluster` and waits until their agents registered. */
  withInstances(count: number, instanceType?: string, options?: { cluster?: string; profile?: string | null; subnetId?: string }): EcsDriver;
  cluster(name: string): EcsDriver;
  register(definition: Record<string, unknown>): EcsDriver;
  runTask(taskDefinition: string, count?: number, options?: Partial<Omit<EcsCommandOf<'RunTask'>, 'type' | 'taskDefinition' | 'count'>>): EcsDriver;
  /** Lets time pass: ms, or '30s', '2m', '1h'. */
  wait(duration: number | string): EcsDriver;
  tasks(filter?: (task: Task) => boolean): Task[];
  kinds(): string[];
}

export const ECS_AMI = SSM_PARAMETERS['/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id'] ?? '';

export function toMs(duration: number | string): number {
  if (typeof duration === 'number') return duration;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(duration);
  if (match === null) throw new Error(`bad duration ${duration}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
}

function driver(
  session: Session<EcsState, EcsCommand>,
  lastEvents: readonly SimEvent[],
  lastError: CommandError | undefined,
  lastResponse: Json | undefined,
): EcsDriver {
  const self: EcsDriver = {
    session,
    state: session.state,
    lastEvents,
    lastError,
    lastResponse,
    send(command) {
      const result = dispatchWithResult(session, command);
      return driver(result.session, result.events, result.error, result.response);
    },
    withInstances(count, instanceType = 'm5.large', options = {}) {
      return self
        .send({
          type: 'RunInstances',
          count,
          instanceType,
          imageId: ECS_AMI,
          instanceProfile: options.profile === undefined ? 'ecsInstanceRole' : options.profile,
          userData: `#!/bin/bash\necho ECS_CLUSTER=${options.cluster ?? 'default'} >> /etc/ecs/ecs.config`,
          subnetId: options.subnetId ?? null,
        })
        .wait('90s');
    },
    cluster: (name) => self.send({ type: 'CreateCluster', clusterName: name }),
    register: (definition) => self.send({ type: 'RegisterTaskDefinition', input: definition as Json }),
    runTask: (taskDefinition, count = 1, options = {}) => self.send({ type: 'RunTask', taskDefinition, count, ...options }),
    wait(duration) {
      const next = advance(session, toMs(duration));
      return driver(next, next.events.slice(session.events.length), undefined, undefined);
    },
    tasks: (filter = () => true) => session.state.tasks.filter(filter),
    kinds: () => lastEvents.map((e) => e.kind),
  };
  return self;
}

export function ecs(seed = 1): EcsDriver {
  return driver(createSession(ecsEngine, seed), [], undefined, undefined);
}

/** Launches instances spread over the three AZs: one RunInstances per subnet. */
export function withInstancesInEveryAz(d: EcsDriver, perAz: number, instanceType = 'm5.large'): EcsDriver {
  let next = d;
  for (const subnet of d.state.subnets) next = next.withInstances(perAz, instanceType, { subnetId: subnet.id }).wait('1s');
  return next;
}
