import { describe, expect, it } from 'vitest';
import { ecsConsole } from '../ecs-console-driver';

describe('aws ecs clusters', () => {
  it('creates "default" when no name is given, with the CLI example\'s keys (§1.1)', () => {
    const out = ecsConsole().type('aws ecs create-cluster');
    expect(Object.keys(out.json<{ cluster: object }>().cluster)).toEqual([
      'clusterArn',
      'clusterName',
      'status',
      'registeredContainerInstancesCount',
      'runningTasksCount',
      'pendingTasksCount',
      'activeServicesCount',
      'statistics',
      'tags',
      'settings',
      'capacityProviders',
      'defaultCapacityProviderStrategy',
    ]);
    expect(out.json()).toMatchObject({
      cluster: { clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default', clusterName: 'default' },
    });
  });

  it('lists ACTIVE clusters and describes missing ones as failures', () => {
    const sim = ecsConsole().setup('aws ecs create-cluster --cluster-name prod');
    expect(sim.type('aws ecs list-clusters').json()).toEqual({
      clusterArns: ['arn:aws:ecs:us-east-1:123456789012:cluster/prod'],
    });
    expect(sim.type('aws ecs describe-clusters').json()).toEqual({
      clusters: [],
      failures: [{ arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default', reason: 'MISSING' }],
    });
  });

  it('deletes a cluster: INACTIVE in the answer, gone from the list', () => {
    const sim = ecsConsole().setup('aws ecs create-cluster --cluster-name prod');
    const out = sim.type('aws ecs delete-cluster --cluster prod');
    expect(out.json()).toMatchObject({ cluster: { status: 'INACTIVE' } });
    expect(out.type('aws ecs list-clusters').json()).toEqual({ clusterArns: [] });
  });

  it("passes the engine's refusal of a bad name through", () => {
    const out = ecsConsole().type('aws ecs create-cluster --cluster-name "no spaces"');
    expect(out.toolOutput()).toMatch(
      /^An error occurred \(InvalidParameterException\) when calling the CreateCluster operation: Cluster name can have/,
    );
  });
});
