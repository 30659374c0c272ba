import { describe, expect, it } from 'vitest';
import { svc } from '../services/testing/service-driver';
import { ecs } from '../testing/ecs-driver';
import { AWSVPC_NETWORK, webserverFargate } from '../testing/fixtures';
import type { Task } from '../types';
import { FARGATE_VCPU_QUOTAS, fargateCpuInUse, tasksWithinQuota, VCPU_LIMIT_REASON } from './quotas';

const fargateTask = (
  cpu: number,
  capacityProvider: string | null,
  lastStatus: Task['lastStatus'] = 'RUNNING',
) => ({ launchType: 'FARGATE', cpu, capacityProvider, lastStatus }) as Task;

/** 1 vCPU / 2 GB on Fargate. */
const oneVcpu = { ...webserverFargate, family: 'one', cpu: '1024', memory: '2048' };

describe('Fargate vCPU quotas (Service Quotas defaults, reference §4.4)', () => {
  it('are 6 vCPUs on-demand and 6 on Spot by default', () => {
    expect(FARGATE_VCPU_QUOTAS).toEqual({ onDemand: 6, spot: 6 });
  });

  it('count every Fargate task that has not stopped, on-demand and Spot apart', () => {
    const tasks = [
      fargateTask(1024, null),
      fargateTask(512, 'FARGATE', 'PROVISIONING'),
      fargateTask(2048, 'FARGATE_SPOT'),
      fargateTask(4096, null, 'STOPPED'),
      { ...fargateTask(4096, null), launchType: 'EC2' } as Task,
    ];
    expect(fargateCpuInUse(tasks, 'onDemand')).toBe(1536);
    expect(fargateCpuInUse(tasks, 'spot')).toBe(2048);
    expect(tasksWithinQuota(tasks, 'onDemand', 1024, 10)).toBe(4);
    expect(tasksWithinQuota(tasks, 'spot', 1024, 2)).toBe(2);
  });

  it('answers RunTask beyond the quota with the vCPU reason in failures[] (wording unconfirmed for RunTask)', () => {
    const d = ecs()
      .cluster('default')
      .register(oneVcpu)
      .runTask('one', 5, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .runTask('one', 3, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK });
    expect(d.state.tasks).toHaveLength(6);
    expect(d.lastResponse).toMatchObject({
      failures: [
        { arn: '', reason: VCPU_LIMIT_REASON },
        { arn: '', reason: VCPU_LIMIT_REASON },
      ],
    });
    // Fargate Spot has a quota of its own.
    const spot = d.runTask('one', 6, {
      networkConfiguration: AWSVPC_NETWORK,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', base: 0, weight: 1 }],
    });
    expect(spot.state.tasks).toHaveLength(12);
  });

  it('posts the §4.4 quota event when a service needs more, and starts the rest once vCPUs are free', () => {
    let d = svc()
      .send({ type: 'CreateCluster', clusterName: 'default' })
      .register(oneVcpu)
      .service('web', 'one', 8, { launchType: 'FARGATE' });
    expect(d.live()).toHaveLength(6);
    expect(d.messages()).toContain(
      "(service web) was unable to place a task. Reason: You've reached the limit on the number of vCPUs you can run concurrently. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.",
    );
    d = d.update('web', { desiredCount: 4 }).wait('2m');
    expect(d.live()).toHaveLength(4);
  });
});
