import { describe, expect, it } from 'vitest';
import type { TaskContainer, TaskStatus } from '@/lib/sim/ecs/types';
import {
  HEALTH_LOOK,
  TASK_STATUS_LOOK,
  TASK_STATUS_ORDER,
  healthLook,
  taskLook,
  taskTally,
} from './task-status';

const container = (exitCode: number | null, essential = true) =>
  ({ essential, exitCode }) as unknown as TaskContainer;

describe('TASK_STATUS_LOOK', () => {
  it('gives every lastStatus ECS reports a look, in lifecycle order', () => {
    expect(TASK_STATUS_ORDER).toEqual(Object.keys(TASK_STATUS_LOOK));
  });

  it('draws each status with its own symbol, so states differ without colour', () => {
    const symbols = TASK_STATUS_ORDER.map((status) => TASK_STATUS_LOOK[status].symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
  });

  it('labels each status with the word ECS uses', () => {
    for (const status of TASK_STATUS_ORDER) expect(TASK_STATUS_LOOK[status].label).toBe(status);
  });

  it('colours only RUNNING as ready, starting states as busy and stopping states as gone', () => {
    const tone = (status: TaskStatus) => TASK_STATUS_LOOK[status].tone;
    expect(tone('RUNNING')).toBe('ready');
    expect(['PROVISIONING', 'PENDING', 'ACTIVATING'].map((s) => tone(s as TaskStatus))).toEqual([
      'busy',
      'busy',
      'busy',
    ]);
    expect(
      ['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED'].map((s) => tone(s as TaskStatus)),
    ).toEqual(['gone', 'gone', 'gone', 'gone']);
  });
});

describe('healthLook', () => {
  it('draws HEALTHY and UNHEALTHY with different symbols and nothing for UNKNOWN', () => {
    expect(healthLook('HEALTHY')).toBe(HEALTH_LOOK.HEALTHY);
    expect(healthLook('UNHEALTHY')?.tone).toBe('failed');
    expect(HEALTH_LOOK.HEALTHY.symbol).not.toBe(HEALTH_LOOK.UNHEALTHY.symbol);
    expect(healthLook('UNKNOWN')).toBeNull();
  });
});

describe('taskLook', () => {
  it('is the lastStatus look while the task is not stopped', () => {
    expect(taskLook({ lastStatus: 'PENDING', stopCode: null, containers: [] })).toBe(
      TASK_STATUS_LOOK.PENDING,
    );
  });

  it('draws a task stopped by the user as a clean stop', () => {
    const look = taskLook({ lastStatus: 'STOPPED', stopCode: 'UserInitiated', containers: [container(143)] });
    expect(look.tone).toBe('gone');
  });

  it('draws a task that failed to start as a failure', () => {
    expect(taskLook({ lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart', containers: [] }).tone).toBe(
      'failed',
    );
  });

  it('draws a task whose essential container exited non-zero as a failure, with the STOPPED word and symbol', () => {
    const look = taskLook({
      lastStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      containers: [container(1)],
    });
    expect(look).toEqual({ label: 'STOPPED', symbol: 'cross-ring', tone: 'failed' });
    expect(look.symbol).not.toBe(TASK_STATUS_LOOK.STOPPED.symbol);
  });

  it('draws a task whose essential container exited 0 as a clean stop', () => {
    const look = taskLook({
      lastStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      containers: [container(0), container(1, false)],
    });
    expect(look.tone).toBe('gone');
  });
});

describe('taskTally', () => {
  it('counts tasks per lastStatus, every status in lifecycle order', () => {
    const rows = taskTally([{ lastStatus: 'RUNNING' }, { lastStatus: 'PENDING' }, { lastStatus: 'RUNNING' }]);
    expect(rows.map((row) => row.key)).toEqual(TASK_STATUS_ORDER);
    expect(rows.find((row) => row.key === 'RUNNING')?.count).toBe(2);
    expect(rows.find((row) => row.key === 'PENDING')?.count).toBe(1);
    expect(rows.find((row) => row.key === 'STOPPED')?.count).toBe(0);
  });
});
