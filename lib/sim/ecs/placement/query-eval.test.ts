import { describe, expect, it } from 'vitest';
import { evaluateQuery, queryTargetOf, SIM_EPOCH_MS, usesTaskGroups, type QueryTarget } from './query-eval';
import { parseQuery } from './query-parser';
import { candidate } from './testing/fleet';

const base: QueryTarget = {
  agentConnected: true,
  agentVersion: '1.89.2',
  attributes: {
    'ecs.instance-type': 't2.small',
    'ecs.availability-zone': 'us-east-1b',
    size: '12',
    color: 'green',
  },
  ec2InstanceId: 'i-abcd1234',
  registeredAt: 0,
  runningTasksCount: 1,
  taskGroups: ['service:production', 'family:batch'],
};

function holds(source: string, target: QueryTarget = base): boolean {
  const parsed = parseQuery(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateQuery(parsed.query, target);
}

describe('evaluateQuery', () => {
  it('selects the guide’s examples on a matching instance (§4.3)', () => {
    expect(holds('attribute:ecs.instance-type == t2.small')).toBe(true);
    expect(holds('attribute:ecs.availability-zone in [us-east-1a, us-east-1b]')).toBe(true);
    expect(
      holds('attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone != us-east-1d'),
    ).toBe(true);
    expect(holds('task:group == service:production')).toBe(true);
    expect(holds('runningTasksCount == 1')).toBe(true);
    expect(holds("ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']")).toBe(true);
  });

  it('rejects them on an instance that does not match', () => {
    const other = {
      ...base,
      attributes: { 'ecs.instance-type': 'm5.large', 'ecs.availability-zone': 'us-east-1d' },
    };
    expect(holds('attribute:ecs.instance-type == t2.small', other)).toBe(false);
    expect(holds('attribute:ecs.availability-zone in [us-east-1a, us-east-1b]', other)).toBe(false);
    expect(
      holds('attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone != us-east-1d', other),
    ).toBe(false);
    expect(holds('runningTasksCount == 1', { ...base, runningTasksCount: 2 })).toBe(false);
  });

  it('treats task:group as the set of groups on the instance: affinity and anti-affinity (§4.3)', () => {
    expect(holds('not(task:group == database)')).toBe(true);
    expect(holds('not(task:group == family:batch)')).toBe(false);
    expect(holds('task:group != service:production')).toBe(false);
    expect(holds('task:group =~ family:.*')).toBe(true);
    expect(holds('task:group exists', { ...base, taskGroups: [] })).toBe(false);
  });

  it('handles a missing attribute: exists is false, equality false, its negations true', () => {
    expect(holds('attribute:gpu exists')).toBe(false);
    expect(holds('attribute:gpu !exists')).toBe(true);
    expect(holds('attribute:gpu == yes')).toBe(false);
    expect(holds('attribute:gpu != yes')).toBe(true);
    expect(holds('attribute:gpu !in [yes]')).toBe(true);
    expect(holds('attribute:gpu > 1')).toBe(false);
  });

  it('compares attributes as numbers when both sides are numbers, else as text', () => {
    expect(holds('attribute:size > 9')).toBe(true);
    expect(holds('attribute:size < 100')).toBe(true);
    expect(holds('attribute:color <= green')).toBe(true);
    expect(holds('attribute:color > blue')).toBe(true);
  });

  it('compares agent versions part by part (§4.3 agentVersion < 1.14.5)', () => {
    expect(holds('agentVersion > 1.14.5')).toBe(true);
    expect(holds('agentVersion < 1.9')).toBe(false);
    expect(holds('agentVersion == 1.89.2')).toBe(true);
    expect(holds('agentVersion < 1.14.5', { ...base, agentVersion: '1.9.0' })).toBe(true);
  });

  it('compares registeredAt on the simulated calendar, at the precision the date was written', () => {
    // Simulated time 0 is 2025-01-06T09:00:00Z.
    expect(SIM_EPOCH_MS).toBe(Date.UTC(2025, 0, 6, 9));
    expect(holds('registeredAt == 2025-01-06')).toBe(true);
    expect(holds('registeredAt > 2025-01-06')).toBe(false);
    expect(holds('registeredAt > 2025-01-06T08:59:59Z')).toBe(true);
    expect(holds('registeredAt < 2018-02-13')).toBe(false);
    expect(holds('registeredAt >= 2025-01-07', { ...base, registeredAt: 15 * 3_600_000 })).toBe(true);
  });

  it('reads agentConnected as true or false', () => {
    expect(holds('agentConnected == true')).toBe(true);
    expect(holds('agentConnected == false', { ...base, agentConnected: false })).toBe(true);
    expect(holds('agentConnected in [false]')).toBe(false);
  });

  it('combines with and, or and not', () => {
    expect(holds('attribute:color == red or attribute:size == 12')).toBe(true);
    expect(holds('attribute:color == red || !(attribute:size == 12)')).toBe(false);
    expect(holds('attribute:color == green && not attribute:gpu exists')).toBe(true);
  });
});

describe('usesTaskGroups', () => {
  it('is true only when the query looks at task:group', () => {
    const parse = (source: string) => {
      const parsed = parseQuery(source);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return parsed.query;
    };
    expect(usesTaskGroups(parse('attribute:a exists and not(task:group == db)'))).toBe(true);
    expect(usesTaskGroups(parse('attribute:a exists or runningTasksCount > 2'))).toBe(false);
  });
});

describe('queryTargetOf', () => {
  it('reads the subjects off a candidate', () => {
    const target = queryTargetOf(
      candidate(3, { runningTasksCount: 4, taskGroups: ['service:web'], registeredAt: 7 }),
    );
    expect(target).toMatchObject({
      agentConnected: true,
      ec2InstanceId: 'i-00000000000000003',
      registeredAt: 7,
      runningTasksCount: 4,
      taskGroups: ['service:web'],
    });
    expect(target.attributes['ecs.availability-zone']).toBe('us-east-1a');
  });
});
