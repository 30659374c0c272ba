import type { CommandError, SimEvent } from '../../../core/types';
import type { EcsCommand, EcsCommandOf } from '../../commands';
import { ecs, type EcsDriver } from '../../testing/ecs-driver';
import { AWSVPC_NETWORK, webApp } from '../../testing/fixtures';
import type { EcsState, Service, Target, TargetGroup, Task } from '../../types';

/**
 * A chainable driver for service tests (after tldraw's TestEditor), over the engine's own driver:
 *
 *   svc().instances(3).register(webApp('1.4.2')).targetGroup('web-tg').service('web', 'web', 2, { lb: 'web-tg' }).wait('5m')
 */
export interface ServiceDriver {
  readonly d: EcsDriver;
  readonly state: EcsState;
  readonly lastError: CommandError | undefined;
  /** Events of the last command or wait. */
  readonly lastEvents: readonly SimEvent[];
  send(command: EcsCommand): ServiceDriver;
  /** `perAz` ECS instances in each of the three AZs, registered. */
  instances(perAz: number, instanceType?: string): ServiceDriver;
  register(definition: Record<string, unknown>): ServiceDriver;
  targetGroup(
    name: string,
    targetType?: 'ip' | 'instance',
    overrides?: Partial<EcsCommandOf<'CreateTargetGroup'>>,
  ): ServiceDriver;
  /** `desiredCount` null: a DAEMON service (no desired count). */
  service(
    name: string,
    taskDefinition: string,
    desiredCount: number | null,
    options?: ServiceOptions,
  ): ServiceDriver;
  update(name: string, change: Omit<EcsCommandOf<'UpdateService'>, 'type' | 'service'>): ServiceDriver;
  wait(duration: number | string): ServiceDriver;
  svc(name?: string): Service;
  live(name?: string): Task[];
  running(name?: string): Task[];
  messages(name?: string): string[];
  group(name: string): TargetGroup;
  targets(name: string): readonly Target[];
}

export interface ServiceOptions extends Partial<
  Omit<EcsCommandOf<'CreateService'>, 'type' | 'serviceName' | 'taskDefinition' | 'desiredCount'>
> {
  /** A target group name: the service's container `web` port 8080 is put behind it. */
  readonly lb?: string;
  readonly container?: string;
  readonly port?: number;
}

function wrap(
  d: EcsDriver,
  lastError: CommandError | undefined,
  lastEvents: readonly SimEvent[],
): ServiceDriver {
  const next = (driver: EcsDriver): ServiceDriver => wrap(driver, driver.lastError, driver.lastEvents);
  const find = (name: string): Service => {
    const found =
      d.state.services.find((s) => s.name === name && s.status !== 'INACTIVE') ??
      d.state.services.find((s) => s.name === name);
    if (found === undefined) throw new Error(`no service ${name}`);
    return found;
  };
  const group = (name: string): TargetGroup => {
    const found = d.state.targetGroups.find((g) => g.name === name);
    if (found === undefined) throw new Error(`no target group ${name}`);
    return found;
  };
  const self: ServiceDriver = {
    d,
    state: d.state,
    lastError,
    lastEvents,
    send: (command) => next(d.send(command)),
    instances(perAz, instanceType = 'm5.large') {
      let driver = d;
      for (const subnet of d.state.subnets)
        driver = driver.withInstances(perAz, instanceType, { subnetId: subnet.id }).wait('1s');
      return next(driver);
    },
    register: (definition) => next(d.register(definition)),
    targetGroup: (name, targetType = 'ip', overrides = {}) =>
      next(
        d.send({
          type: 'CreateTargetGroup',
          name,
          targetType,
          port: 8080,
          protocol: 'HTTP',
          healthCheckPath: '/health',
          healthCheckIntervalSeconds: 10,
          healthCheckTimeoutSeconds: 5,
          healthyThresholdCount: 2,
          unhealthyThresholdCount: 2,
          ...overrides,
        }),
      ),
    service(name, taskDefinition, desiredCount, options = {}) {
      const { lb, container = 'web', port = 8080, ...rest } = options;
      const def = d.state.taskDefinitions.filter((t) => t.family === taskDefinition).at(-1);
      const awsvpc = def?.networkMode === 'awsvpc';
      return next(
        d.send({
          type: 'CreateService',
          serviceName: name,
          taskDefinition,
          ...(desiredCount === null ? { schedulingStrategy: 'DAEMON' as const } : { desiredCount }),
          ...(awsvpc ? { networkConfiguration: AWSVPC_NETWORK } : {}),
          ...(lb === undefined
            ? {}
            : {
                loadBalancers: [
                  { targetGroupArn: group(lb).arn, containerName: container, containerPort: port },
                ],
              }),
          ...rest,
        }),
      );
    },
    update: (name, change) => next(d.send({ type: 'UpdateService', service: name, ...change })),
    wait: (duration) => next(d.wait(duration)),
    svc: (name = 'web') => find(name),
    live: (name = 'web') =>
      d.state.tasks.filter(
        (t) => t.serviceName === name && t.lastStatus !== 'STOPPED' && t.desiredStatus === 'RUNNING',
      ),
    running: (name = 'web') =>
      d.state.tasks.filter(
        (t) => t.serviceName === name && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
      ),
    messages: (name = 'web') => find(name).events.map((e) => e.message),
    group,
    targets: (name) => group(name).targets,
  };
  return self;
}

export function svc(seed = 1): ServiceDriver {
  return wrap(ecs(seed), undefined, []);
}

/**
 * The usual starting point: one m5.large per AZ, the `/ecs/web` log group, the `web` app at `tag`
 * (awsvpc, port 8080) and, unless `lb` is false, the `web-tg` target group (ip, checks every 10 s,
 * healthy after 2, unhealthy after 2).
 */
export function webFleet(
  tag: string,
  options: { seed?: number; perAz?: number; lb?: boolean; instanceType?: string } = {},
): ServiceDriver {
  const d = svc(options.seed ?? 1)
    .instances(options.perAz ?? 1, options.instanceType ?? 'm5.large')
    .send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' })
    .register(webApp(tag));
  return options.lb === false ? d : d.targetGroup('web-tg');
}

/** Waits in `step`s until `done` holds (at most `limit`); throws if it never does. */
export function until(
  d: ServiceDriver,
  done: (d: ServiceDriver) => boolean,
  step = '1s',
  limit = 3_600,
): ServiceDriver {
  let current = d;
  for (let n = 0; n < limit; n += 1) {
    if (done(current)) return current;
    current = current.wait(step);
  }
  throw new Error('until: condition never held');
}
