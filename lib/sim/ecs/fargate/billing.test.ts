import { describe, expect, it } from 'vitest';
import { ecs } from '../testing/ecs-driver';
import { AWSVPC_NETWORK, webserverFargate } from '../testing/fixtures';
import type { Task, TaskDefinition } from '../types';
import {
  billedSeconds,
  chargeFor,
  fargateBill,
  rateClassOf,
  retireFargateCharges,
  taskCharge,
} from './billing';
import { FARGATE_RATES } from './prices';

const HOUR_MS = 3_600_000;

/** A Fargate task of `cpu` units and `memory` MiB whose pull started at 0. */
function task(overrides: Partial<Task> = {}): Task {
  return {
    id: 'a'.repeat(32),
    cluster: 'default',
    group: 'family:web',
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
    launchType: 'FARGATE',
    capacityProvider: null,
    cpu: 256,
    memory: 512,
    createdAt: 0,
    pullStartedAt: 0,
    stoppedAt: null,
    ...overrides,
  } as Task;
}

const arm = {
  runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
} as TaskDefinition;
const windows = {
  runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE' },
} as TaskDefinition;

describe('taskCharge (reference §6)', () => {
  it('charges the §6 worked example: 0.25 vCPU and 0.5 GB on Linux/x86 for one hour is $0.0123425', () => {
    const charge = taskCharge(task({ stoppedAt: HOUR_MS }), undefined, 2 * HOUR_MS);
    expect(charge?.billedSeconds).toBe(3600);
    expect(charge?.usd).toBeCloseTo(0.0123425, 10);
  });

  it('bills at least one minute: a task stopped 20 seconds after its pull started pays 60 seconds', () => {
    const charge = taskCharge(task({ stoppedAt: 20_000 }), undefined, HOUR_MS);
    expect(charge?.billedSeconds).toBe(60);
    expect(charge?.usd).toBeCloseTo(0.0123425 / 60, 12);
  });

  it('rounds up to the next whole second, from the start of the image pull until the task stops', () => {
    expect(
      taskCharge(task({ pullStartedAt: 5_000, stoppedAt: 5_000 + 90_001 }), undefined, HOUR_MS)
        ?.billedSeconds,
    ).toBe(91);
    // Still running: billed up to now.
    expect(taskCharge(task({ pullStartedAt: 1_000 }), undefined, 121_000)?.billedSeconds).toBe(120);
  });

  it('costs nothing before the image pull starts (PROVISIONING)', () => {
    expect(taskCharge(task({ pullStartedAt: null }), undefined, HOUR_MS)?.usd).toBe(0);
    expect(billedSeconds(10_000, 5_000, 60)).toBe(0);
  });

  it('bills the size requested, not what the containers use: 1 vCPU and 2 GB for an hour', () => {
    expect(
      taskCharge(task({ cpu: 1024, memory: 2048, stoppedAt: HOUR_MS }), undefined, HOUR_MS)?.usd,
    ).toBeCloseTo(0.04048 + 2 * 0.004445, 10);
  });

  it('uses the ARM (Graviton) rates for ARM64 task definitions, cheaper than x86', () => {
    const x86 = taskCharge(task({ stoppedAt: HOUR_MS }), undefined, HOUR_MS);
    const graviton = taskCharge(task({ stoppedAt: HOUR_MS }), arm, HOUR_MS);
    expect(graviton?.rateClass).toBe('linux-arm');
    expect(graviton?.usd).toBeCloseTo(0.25 * 0.03238 + 0.5 * 0.00356, 10);
    expect(graviton?.usd ?? 1).toBeLessThan(x86?.usd ?? 0);
  });

  it('uses the Fargate Spot rates for FARGATE_SPOT tasks, cheaper than on-demand', () => {
    const spot = taskCharge(
      task({ capacityProvider: 'FARGATE_SPOT', stoppedAt: HOUR_MS }),
      undefined,
      HOUR_MS,
    );
    expect(spot?.capacityProvider).toBe('FARGATE_SPOT');
    expect(spot?.usd).toBeCloseTo(0.25 * 0.01246287 + 0.5 * 0.00136851, 10);
    expect(rateClassOf({ capacityProvider: 'FARGATE_SPOT' }, arm)).toBe('spot-linux-arm');
    expect(FARGATE_RATES['spot-linux-arm'].vcpuHour).toBeLessThan(FARGATE_RATES['linux-arm'].vcpuHour);
  });

  it('adds the Windows licence fee and bills Windows tasks at least 15 minutes (unconfirmed minimum)', () => {
    const charge = taskCharge(task({ cpu: 1024, memory: 2048, stoppedAt: 60_000 }), windows, HOUR_MS);
    expect(charge?.billedSeconds).toBe(900);
    expect(charge?.usd).toBeCloseTo(chargeFor('windows-x86', 1, 2, 900), 12);
    expect(chargeFor('windows-x86', 1, 0, 3600)).toBeCloseTo(0.09148 + 0.046, 10);
  });

  it('leaves EC2 tasks out: they are paid for through their instances', () => {
    expect(taskCharge(task({ launchType: 'EC2' }), undefined, HOUR_MS)).toBeNull();
  });
});

describe('fargateBill and retireFargateCharges', () => {
  it('adds up the listed tasks and the ones already purged from the state', () => {
    const stopped = task({ id: 'b'.repeat(32), stoppedAt: HOUR_MS });
    const state = {
      tasks: [task()],
      taskDefinitions: [],
      now: HOUR_MS,
      retiredFargateUsage: { tasks: 2, usd: 1 },
    };
    const bill = fargateBill(state);
    expect(bill.charges).toHaveLength(1);
    expect(bill.usd).toBeCloseTo(1 + 0.0123425, 10);
    expect(retireFargateCharges(state, [stopped])).toEqual({ tasks: 3, usd: 1 + 0.0123425 });
    expect(retireFargateCharges(state, [task({ launchType: 'EC2' })])).toBe(state.retiredFargateUsage);
  });

  it('keeps what a task cost once the engine purges it, an hour after it stopped', () => {
    const d = ecs()
      .cluster('default')
      .register(webserverFargate)
      .runTask('webserver', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('2m');
    const id = d.state.tasks[0]?.id ?? '';
    const stopped = d.send({ type: 'StopTask', task: id }).wait('1m');
    const before = fargateBill(stopped.state).usd;
    const later = stopped.wait('2h');
    expect(later.state.tasks).toHaveLength(0);
    expect(later.state.retiredFargateUsage?.tasks).toBe(1);
    expect(fargateBill(later.state).usd).toBeCloseTo(before, 12);
  });
});
