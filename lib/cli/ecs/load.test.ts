import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../sim/core/session';
import type { EcsCommand } from '../../sim/ecs/commands';
import { ecsEngine } from '../../sim/ecs/engine';
import { ecs } from '../../sim/ecs/testing/ecs-driver';
import type { EcsState, Service } from '../../sim/ecs/types';
import { breathe, fuzzRuns, fuzzTimeout } from '../../testing/fuzz-runs';
import { runConsoleLine } from '../run-console-line';
import { NO_FILES, type ConsoleCli } from '../types';
import { chaosProgram } from './chaos';
import { loadProgram } from './load';

const cli: ConsoleCli<EcsState, EcsCommand> = { title: 'Amazon ECS', programs: [chaosProgram, loadProgram] };

function service(name: string, overrides: Partial<Service> = {}): Service {
  return {
    name,
    arn: `arn:aws:ecs:us-east-1:123456789012:service/default/${name}`,
    cluster: 'default',
    status: 'ACTIVE',
    schedulingStrategy: 'REPLICA',
    launchType: 'FARGATE',
    capacityProviderStrategy: [],
    desiredCount: 2,
    taskDefinitionArn: `arn:aws:ecs:us-east-1:123456789012:task-definition/${name}:1`,
    deployments: [],
    deploymentConfiguration: {
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      circuitBreaker: { enable: false, rollback: false },
    },
    placementStrategy: [],
    placementConstraints: [],
    networkConfiguration: null,
    loadBalancers: [],
    healthCheckGracePeriodSeconds: 0,
    events: [],
    createdAt: 0,
    loadRps: 0,
    cpuUtilization: [],
    retryAt: 0,
    startFailures: 0,
    lastPlacementProblem: null,
    ...overrides,
  };
}

/** A fresh account holding the given services (the service layer is not needed to read them). */
function withServices(...services: Service[]): Session<EcsState, EcsCommand> {
  const session = ecs(1).cluster('default').session;
  return { ...session, state: { ...session.state, services } };
}

const twoServices = withServices(
  service('web', { loadRps: 1200, cpuUtilization: [{ at: 60_000, percent: 41.25 }] }),
  service('api', { cluster: 'backend', desiredCount: 1 }),
);

function run(line: string, session = twoServices) {
  return loadProgram.run(line.split(' ').slice(1), session.state, NO_FILES);
}

describe('loadProgram', () => {
  it('sends load to a service in the default cluster, or the one --cluster names', () => {
    expect(run('load web 500')).toMatchObject({
      kind: 'dispatch',
      command: { type: 'SetLoad', service: 'web', rps: 500 },
    });
    expect(run('load api 2,000 --cluster backend')).toMatchObject({
      kind: 'dispatch',
      command: { type: 'SetLoad', service: 'api', rps: 2000, cluster: 'backend' },
    });
    expect(run('load --cluster=backend api 0')).toMatchObject({ command: { rps: 0, cluster: 'backend' } });
  });

  it('confirms in plain words and says it is not an AWS command', () => {
    const result = runConsoleLine(twoServices, 'load web 500', cli);
    expect(result).toMatchObject({
      isError: false,
      output:
        'Load generator: 500 requests/s to service web (cluster default).\n' +
        'Dockyard: load is Dockyard’s load generator, not an AWS command. CPU follows within a minute: load shows it, and aws ecs describe-services --services web the task counts.',
    });
    expect(result.session.log.at(-1)?.command).toEqual({ type: 'SetLoad', service: 'web', rps: 500 });
  });

  it('alone, prints each service’s load, tasks and last one-minute CPU average', () => {
    const result = runConsoleLine(twoServices, 'load', cli);
    expect(result.output.split('\n')).toEqual([
      'SERVICE   CLUSTER   REQUESTS/S   RUNNING/DESIRED   CPU (1 MIN AVG)',
      'web       default   1,200        0/2               41.3%',
      'api       backend   0            0/1               -',
    ]);
    expect(result.session).toBe(twoServices);
    expect(runConsoleLine(withServices(), 'load', cli).output).toBe(
      'No services yet: nothing to send load to.\nDockyard: load is Dockyard’s load generator, not an AWS command. Create a service (aws ecs create-service), then e.g. load web 500.',
    );
  });

  it('refuses an unknown service, naming the services of that cluster', () => {
    expect(runConsoleLine(twoServices, 'load wbe 100', cli)).toMatchObject({
      isError: true,
      output:
        'load: no service \'wbe\' in cluster default\nDockyard: did you mean "web"? Services in default: web.',
    });
    expect(runConsoleLine(twoServices, 'load web 100 --cluster nowhere', cli).output).toBe(
      "load: no service 'web' in cluster nowhere\nDockyard: cluster nowhere has no services (aws ecs list-services --cluster nowhere).",
    );
  });

  it('refuses a rate that is not a whole number up to a million, and stray words', () => {
    expect(runConsoleLine(twoServices, 'load web lots', cli).output).toBe(
      "load: invalid requests per second 'lots'\nDockyard: give a whole number from 0 to 1,000,000, e.g. load web 500 (load web 0 stops the load).",
    );
    expect(runConsoleLine(twoServices, 'load web 2000000', cli).isError).toBe(true);
    expect(runConsoleLine(twoServices, 'load web 5 6', cli).output).toMatch(
      /^load: unexpected argument '6'\n/,
    );
    expect(runConsoleLine(twoServices, 'load web', cli).output).toMatch(
      /^load: expected a service and a number of requests per second\nusage: load \[SERVICE RPS \[--cluster CLUSTER\]\]\nDockyard: /,
    );
    expect(runConsoleLine(twoServices, 'load web 5 --fast', cli).output).toMatch(
      /^load: unknown option '--fast'/,
    );
  });
});

describe('loadProgram.complete', () => {
  it('offers the cluster’s services, then rates, then --cluster and the cluster names', () => {
    const state = twoServices.state;
    expect(loadProgram.complete([], state)).toEqual(['web']);
    expect(loadProgram.complete(['--cluster', 'backend'], state)).toEqual(['api']);
    expect(loadProgram.complete(['web'], state)).toEqual(['100', '500', '2000', '0']);
    expect(loadProgram.complete(['web', '500'], state)).toEqual(['--cluster']);
    expect(loadProgram.complete(['web', '500', '--cluster'], state)).toEqual(['default']);
  });
});

describe('loadProgram (properties)', () => {
  const word = fc.oneof(
    fc.constantFrom(
      'web',
      'api',
      'wbe',
      '--cluster',
      '--cluster=backend',
      'backend',
      'default',
      '500',
      '1,000',
      '-1',
      '1e3',
    ),
    fc.string({ maxLength: 8 }),
  );

  it(
    'never throws: every line dispatches a valid SetLoad, prints the table, or prints load’s own error',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(word, { maxLength: 5 }), async (words) => {
          await breathe();
          const result = loadProgram.run(words, twoServices.state, NO_FILES);
          if (result.kind === 'dispatch') expect(ecsEngine.parseCommand(result.command).ok).toBe(true);
          else if (result.isError) expect(result.output).toMatch(/^load: [^]*\nDockyard: /);
          else expect(result.output).toMatch(/^SERVICE /);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(2),
  );
});
