import { describe, expect, it } from 'vitest';
import { ecs, withInstancesInEveryAz } from '../../sim/ecs/testing/ecs-driver';
import { nginxBridge } from '../../sim/ecs/testing/fixtures';
import { runConsoleLine } from '../run-console-line';
import { ecsCli, ecsCompletions } from './ecs-cli';

/** One instance in each Availability Zone and one nginx task on each, all RUNNING. */
function threeZones() {
  return withInstancesInEveryAz(ecs(1), 1)
    .register(nginxBridge)
    .runTask('nginx', 3, {
      placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
    })
    .wait('2m').session;
}

describe('chaos and load in the Amazon ECS console', () => {
  it('are listed by help and offered by tab completion next to aws', () => {
    const session = threeZones();
    const help = runConsoleLine(session, 'help', ecsCli).output;
    expect(help).toContain('chaos fail-az AZ | restore-az AZ');
    expect(help).toContain('load [SERVICE RPS [--cluster C]]');
    expect(ecsCompletions('cha', session.state)).toEqual(['chaos ']);
    expect(ecsCompletions('chaos fail-az us-east-1', session.state)).toEqual([
      'chaos fail-az us-east-1a ',
      'chaos fail-az us-east-1b ',
      'chaos fail-az us-east-1c ',
    ]);
  });

  it('take effect through the console that also runs aws', () => {
    const down = runConsoleLine(threeZones(), 'chaos fail-az us-east-1c', ecsCli);
    expect(down.isError).toBe(false);
    expect(down.session.state.subnets.find((s) => s.az === 'us-east-1c')?.available).toBe(false);
  });
});
