import { describe, expect, it } from 'vitest';
import type { Session } from '../../sim/core/session';
import type { EcsCommand } from '../../sim/ecs/commands';
import { ecs, withInstancesInEveryAz } from '../../sim/ecs/testing/ecs-driver';
import { nginxBridge } from '../../sim/ecs/testing/fixtures';
import type { EcsState } from '../../sim/ecs/types';
import { runConsoleLine } from '../run-console-line';
import type { ConsoleCli } from '../types';
import { chaosProgram } from './chaos';

const cli: ConsoleCli<EcsState, EcsCommand> = { title: 'Amazon ECS', programs: [chaosProgram] };

/** A 3-task nginx service over one instance per AZ, with us-east-1a then taken down. */
function zoneDown(rebalancing: 'ENABLED' | 'DISABLED' | undefined): Session<EcsState, EcsCommand> {
  const d = withInstancesInEveryAz(ecs(1), 1)
    .register(nginxBridge)
    .send({
      type: 'CreateService',
      serviceName: 'web',
      taskDefinition: 'nginx',
      desiredCount: 3,
      launchType: 'EC2',
      ...(rebalancing === undefined ? {} : { availabilityZoneRebalancing: rebalancing }),
    })
    .wait('2m');
  return runConsoleLine(d.session, 'chaos fail-az us-east-1a', cli).session;
}

describe('chaos restore-az', () => {
  it('says AZ rebalancing will move tasks back for services that have it ENABLED (§5.8)', () => {
    const back = runConsoleLine(zoneDown(undefined), 'chaos restore-az us-east-1a', cli);
    expect(back.output).toBe(
      'Availability Zone us-east-1a is available again: 1 instance starting.\n' +
        'Dockyard: their agents reconnect once they are running; aws ecs list-container-instances shows them. ' +
        'Then AZ rebalancing (availabilityZoneRebalancing ENABLED) starts tasks of web in us-east-1a and, as each becomes healthy, stops one in the most crowded zone: aws ecs describe-services --services web shows it in "events".',
    );
  });

  it('says nothing moves back when no service has AZ rebalancing (§5.8)', () => {
    const back = runConsoleLine(zoneDown('DISABLED'), 'chaos restore-az us-east-1a', cli);
    expect(back.output).toContain(
      'ECS moves running tasks back only for services with availabilityZoneRebalancing ENABLED (none here).',
    );
  });
});
