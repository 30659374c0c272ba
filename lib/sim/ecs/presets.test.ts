import { describe, expect, it } from 'vitest';
import { sessionForPreset } from '../simulator-entry';
import { ecsSimulator } from './simulator';
import type { EcsState } from './types';
import { playLines } from './presets/play';

const stateOf = (id: string): EcsState => sessionForPreset(ecsSimulator, id).state as EcsState;

const running = (state: EcsState, service: string) =>
  state.tasks.filter(
    (t) => t.serviceName === service && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
  );

const imageOf = (state: EcsState, family: string, revision: number): string | undefined =>
  state.taskDefinitions.find((d) => d.family === family && d.revision === revision)?.containerDefinitions[0]
    ?.image;

describe('ECS_PRESETS', () => {
  it.each(ecsSimulator.presets.map((preset) => preset.id))(
    '%s runs its setup lines without an error',
    (id) => {
      expect(() => sessionForPreset(ecsSimulator, id)).not.toThrow();
    },
  );

  it('have unique ids and a description each', () => {
    const ids = ecsSimulator.presets.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const preset of ecsSimulator.presets) expect(preset.description.length).toBeGreaterThan(20);
  });

  it('three-instances registers one m5.large per Availability Zone into default', () => {
    const state = stateOf('three-instances');
    expect(state.containerInstances.map((ci) => ci.attributes['ecs.availability-zone']).sort()).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
    ]);
    expect(state.containerInstances.every((ci) => ci.status === 'ACTIVE' && ci.agentConnected)).toBe(true);
    expect(state.logGroups).toEqual(['/ecs/web']);
  });

  it('single-instance runs 3 bridge tasks with dynamic host ports on one m5.xlarge in us-east-1a', () => {
    const state = stateOf('single-instance');
    expect(
      state.containerInstances.map((ci) => [
        ci.attributes['ecs.instance-type'],
        ci.attributes['ecs.availability-zone'],
      ]),
    ).toEqual([['m5.xlarge', 'us-east-1a']]);
    const tasks = running(state, 'web');
    expect(tasks).toHaveLength(3);
    expect(tasks.every((t) => (t.containers[0]?.hostPorts[0] ?? 0) >= 32768)).toBe(true);
  });

  it('web-service runs 6 healthy web:1.5.0 tasks, two per Availability Zone, with the circuit breaker', () => {
    const state = stateOf('web-service');
    const tasks = running(state, 'web');
    expect(tasks.map((t) => t.az).sort()).toEqual([
      'us-east-1a',
      'us-east-1a',
      'us-east-1b',
      'us-east-1b',
      'us-east-1c',
      'us-east-1c',
    ]);
    expect(imageOf(state, 'web', 1)).toMatch(/\/web:1\.5\.0$/);
    const service = state.services.find((s) => s.name === 'web');
    expect(service?.deploymentConfiguration.circuitBreaker).toEqual({ enable: true, rollback: true });
    expect(service?.deployments.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
    const targets = state.targetGroups[0]?.targets ?? [];
    expect(targets.filter((t) => t.state === 'healthy')).toHaveLength(6);
  });

  it('rolling-update and circuit-breaker run web:1 (1.4.2) ×4 at 100/200 with web:2 registered, not deployed', () => {
    for (const [id, tag, breaker] of [
      ['rolling-update', '1.5.0', false],
      ['circuit-breaker', '1.6.0', true],
    ] as const) {
      const state = stateOf(id);
      const service = state.services.find((s) => s.name === 'web');
      expect(running(state, 'web')).toHaveLength(4);
      expect(service?.taskDefinitionArn).toMatch(/web:1$/);
      expect(service?.deploymentConfiguration).toMatchObject({
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        circuitBreaker: { enable: breaker, rollback: breaker },
      });
      expect(imageOf(state, 'web', 1)).toMatch(/\/web:1\.4\.2$/);
      expect(imageOf(state, 'web', 2)).toMatch(new RegExp(`/web:${tag.replaceAll('.', '\\.')}$`));
    }
  });

  it('daemon-and-replica runs one edge-proxy task per instance and 4 web tasks', () => {
    const state = stateOf('daemon-and-replica');
    expect(state.services.find((s) => s.name === 'edge-proxy')?.schedulingStrategy).toBe('DAEMON');
    const daemonHosts = running(state, 'edge-proxy').map((t) => t.containerInstanceId);
    expect(new Set(daemonHosts).size).toBe(3);
    expect(daemonHosts).toHaveLength(3);
    expect(running(state, 'web')).toHaveLength(4);
  });

  it('placement-playground: binpack on memory picks the nearly full m5.large, spread puts 3 tasks in 3 zones', () => {
    const web = (strategy: string) => [
      `aws ecs run-task --cluster default --task-definition web:1 --count 3 --placement-strategy ${strategy}`,
    ];
    const hostsOf = (state: EcsState) =>
      state.tasks
        .filter((t) => t.taskDefinitionArn.endsWith('web:1'))
        .map((t) => state.containerInstances.find((ci) => ci.id === t.containerInstanceId)?.attributes ?? {});
    const binpack = hostsOf(playLines('placement-playground', web('type=binpack,field=memory')).state);
    expect(binpack.map((a) => `${a['ecs.instance-type']} ${a['ecs.availability-zone']}`)).toEqual(
      Array(3).fill('m5.large us-east-1b'),
    );
    const spread = hostsOf(
      playLines('placement-playground', web('type=spread,field=attribute:ecs.availability-zone')).state,
    );
    expect(spread.map((a) => a['ecs.availability-zone']).sort()).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
    ]);
  });
});
