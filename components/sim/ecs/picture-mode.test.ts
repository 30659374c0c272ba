import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '@/lib/sim/ecs/types';
import { AGGREGATE_ABOVE, activeTaskCount, pictureMode } from './picture-mode';

describe('pictureMode', () => {
  it('draws one chip per task up to the threshold', () => {
    expect(pictureMode(0)).toBe('chips');
    expect(pictureMode(AGGREGATE_ABOVE)).toBe('chips');
  });

  it('aggregates above the threshold', () => {
    // 500 chips still draw (issue 4's render benchmark measures exactly that).
    expect(pictureMode(500)).toBe('chips');
    expect(pictureMode(AGGREGATE_ABOVE + 1)).toBe('aggregated');
    expect(pictureMode(10_000)).toBe('aggregated');
  });
});

describe('activeTaskCount', () => {
  const task = (cluster: string, lastStatus: TaskStatus) => ({ cluster, lastStatus });

  it('counts the tasks of the cluster that have not stopped', () => {
    const tasks = [
      task('default', 'RUNNING'),
      task('default', 'PENDING'),
      task('default', 'STOPPING'),
      task('default', 'STOPPED'),
      task('other', 'RUNNING'),
    ];
    expect(activeTaskCount(tasks, 'default')).toBe(3);
    expect(activeTaskCount(tasks, 'other')).toBe(1);
    expect(activeTaskCount(tasks, 'missing')).toBe(0);
  });
});
