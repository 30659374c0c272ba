import { describe, expect, it } from 'vitest';
import { webFleet } from '../services/testing/service-driver';
import type { Task } from '../types';
import { cpuPercent, taskCapacityRps } from './cpu-metric';


const task = (cpu: number, image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2'): Task =>
  ({ cpu, containers: [{ image }] }) as unknown as Task;

describe('cpuPercent', () => {
  it('is the load over what the RUNNING tasks serve at 100 %, capped at 100 (§5.7)', () => {
    expect(taskCapacityRps(task(512))).toBe(200);
    expect(cpuPercent(100, [task(512), task(512)])).toBe(25);
    expect(cpuPercent(1_000, [task(512)])).toBe(100);
    expect(cpuPercent(0, [task(512)])).toBe(0);
  });

  it('counts only images that serve requests', () => {
    expect(taskCapacityRps(task(1024, '123456789012.dkr.ecr.us-east-1.amazonaws.com/report-job:1.0.0'))).toBe(
      0,
    );
  });
});

describe('sampleServiceCpu', () => {
  it('samples each whole minute into service.cpuUtilization while tasks run, keeping the last 60', () => {
    let d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 1, { launchType: 'EC2' })
      .send({ type: 'SetLoad', service: 'web', rps: 100 });
    d = d.wait('3m');
    const samples = d.svc().cpuUtilization;
    expect(samples.every((s) => s.at % 60_000 === 0)).toBe(true);
    expect(samples.at(-1)).toEqual({
      at: 180_000 + Math.floor(d.svc().createdAt / 60_000) * 60_000,
      percent: 50,
    });
    d = d.wait('90m');
    expect(d.svc().cpuUtilization).toHaveLength(60);
  });
});
