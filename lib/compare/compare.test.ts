import { describe, expect, it } from 'vitest';
import { ec2Hourly } from '../sim/pricing/ec2';
import { fargateTaskHourly } from '../sim/pricing/fargate';
import { compareOptions, optionDay } from './compare';
import { EXPRESS_SCALING } from './figures';
import { loadProfile } from './load-profile';
import { OPTION_MODELS } from './options';
import { DUTIES, RESPONSIBILITIES } from './responsibilities';
import { scaleStep } from './scale-step';
import { SIZES, podsPerNode, tasksPerInstance } from './sizes';
import { FIRST_REQUEST } from './startup';
import { DAY_MINUTES, OPTION_IDS, type OptionId } from './types';

const small = SIZES.small;
const idleLoad = loadProfile('mostly-idle', 0);

function day(id: OptionId, load = idleLoad, size = small) {
  const model = OPTION_MODELS.find((candidate) => candidate.id === id);
  if (!model) throw new Error(id);
  return optionDay(model, load, size);
}

describe('loadProfile', () => {
  it('gives one value per minute of the day, none above the peak', () => {
    const load = loadProfile('business-hours', 1000);
    expect(load).toHaveLength(DAY_MINUTES);
    expect(Math.max(...load)).toBe(1000);
    expect(Math.min(...load)).toBeCloseTo(50);
  });

  it('puts the burst at noon for 30 minutes', () => {
    const load = loadProfile('burst', 1000);
    expect(load[12 * 60 - 1]).toBe(100);
    expect(load[12 * 60]).toBe(1000);
    expect(load[12 * 60 + 30]).toBe(100);
  });
});

describe('optionDay with no requests (the idle cost)', () => {
  it('costs nothing on Lambda', () => {
    expect(day('lambda').dayTotal).toBe(0);
    expect(day('lambda').idleHourly).toBe(0);
  });

  it('pays three VMs and the load balancer’s hourly charge', () => {
    expect(day('ec2-vms').idleHourly).toBeCloseTo(3 * ec2Hourly('c5.large') + 0.0225, 10);
  });

  it('pays the EKS control plane’s $0.10 an hour on top of three nodes and the load balancer', () => {
    expect(day('eks').idleHourly).toBeCloseTo(0.1 + 3 * ec2Hourly('m5.large') + 0.0225, 10);
  });

  it('keeps three Fargate tasks, billed vCPU-hours plus GB-hours', () => {
    expect(day('ecs-fargate').idleHourly).toBeCloseTo(3 * fargateTaskHourly(0.25, 0.5) + 0.0225, 10);
  });

  it('keeps one Express Mode task: its default minimum', () => {
    const express = day('ecs-express');
    expect(new Set(express.replicas)).toEqual(new Set([EXPRESS_SCALING.min]));
    expect(express.idleHourly).toBeCloseTo(fargateTaskHourly(0.25, 0.5) + 0.0225, 10);
  });

  it('splits nothing into busy cost', () => {
    for (const id of OPTION_IDS) expect(day(id).busyDay).toBe(0);
  });
});

describe('optionDay under load', () => {
  const steady = loadProfile('steady', 5000);

  it('never scales the EC2 VMs: they stay three', () => {
    expect(new Set(day('ec2-vms', steady).replicas)).toEqual(new Set([3]));
  });

  it('runs as many Lambda environments as requests in flight', () => {
    // 0.5 ms of CPU per request at 512 MB (0.289 vCPU) takes 1.73 ms: 5000 rps × 1.73 ms = 8.6.
    expect(day('lambda', steady).replicas[0]).toBe(9);
  });

  it('bills Lambda per request and per GB-second, rounded up to 2 ms at 512 MB', () => {
    const requests = 5000 * 60 * DAY_MINUTES;
    expect(day('lambda', steady).dayTotal).toBeCloseTo(
      requests * 0.2e-6 + requests * 0.002 * 0.5 * 0.0000166667,
      6,
    );
  });

  it('caps Express Mode at its default maximum of 20 tasks', () => {
    const busy = day('ecs-express', loadProfile('steady', 50_000));
    expect(Math.max(...busy.replicas)).toBe(EXPRESS_SCALING.max);
    expect(busy.overloadedMinutes).toBe(DAY_MINUTES);
  });

  it('adds container instances as tasks outgrow them', () => {
    const ecs = day('ecs-ec2', loadProfile('steady', 12_000));
    expect(ecs.hosts?.[0]).toBe(Math.ceil((ecs.replicas[0] ?? 0) / tasksPerInstance(small)));
  });

  it('splits the day into idle and busy cost that add up', () => {
    for (const id of OPTION_IDS) {
      const result = day(id, steady);
      expect(result.idleDay + result.busyDay).toBeCloseTo(result.dayTotal, 9);
    }
  });
});

describe('compareOptions', () => {
  it('gives the same answer for the same input', () => {
    const input = { shape: 'burst', peakRps: 2500, size: 'medium' } as const;
    expect(compareOptions(input)).toEqual(compareOptions(input));
  });

  it('compares all six options in order', () => {
    const result = compareOptions({ shape: 'steady', peakRps: 100, size: 'small' });
    expect(result.options.map((option) => option.id)).toEqual([
      'ec2-vms',
      'ecs-ec2',
      'eks',
      'ecs-fargate',
      'ecs-express',
      'lambda',
    ]);
  });
});

describe('sizes', () => {
  it('packs tasks by CPU and registered memory, and pods after the kubelet’s reservation', () => {
    expect(tasksPerInstance(small)).toBe(8);
    expect(podsPerNode(small)).toBe(7);
    expect(podsPerNode(SIZES.medium)).toBe(1);
  });
});

describe('scaleStep', () => {
  it('shows the HPA reaching 30 pods and ECS stopping at what its 75 % target needs', () => {
    const results = new Map(scaleStep(small).map((result) => [result.id, result]));
    expect(results.get('eks')?.finalReplicas).toBe(30);
    expect(results.get('ecs-fargate')?.finalReplicas).toBe(20);
    expect(results.get('ecs-express')?.finalReplicas).toBe(20);
    expect(results.get('ec2-vms')?.finalReplicas).toBe(3);
  });
});

describe('RESPONSIBILITIES and FIRST_REQUEST', () => {
  it('say who does every duty for every option', () => {
    for (const id of OPTION_IDS)
      for (const duty of DUTIES) expect(RESPONSIBILITIES[id][duty].text.length).toBeGreaterThan(5);
  });

  it('give every option a range whose low end is below its high end', () => {
    for (const id of OPTION_IDS) expect(FIRST_REQUEST[id].low).toBeLessThan(FIRST_REQUEST[id].high);
  });
});
