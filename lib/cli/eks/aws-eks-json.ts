import { ACCOUNT_ID, DEFAULT_SUBNETS, REGION } from '../../sim/ecs/catalog';
import type { EksState, Nodegroup, Taint } from '../../sim/eks/types';
import { timestamp } from './kubectl-objects';

/** The JSON `aws eks` prints for a cluster and a node group. */

export const TAINT_EFFECTS: Readonly<Record<string, Taint['effect']>> = {
  NO_SCHEDULE: 'NoSchedule',
  PREFER_NO_SCHEDULE: 'PreferNoSchedule',
  NO_EXECUTE: 'NoExecute',
};

export const arn = (name: string) => `arn:aws:eks:${REGION}:${ACCOUNT_ID}:cluster/${name}`;

export function clusterJson(state: EksState) {
  const cluster = state.cluster;
  if (cluster === null) return null;
  return {
    name: cluster.name,
    arn: arn(cluster.name),
    createdAt: timestamp(cluster.createdAt),
    version: cluster.version,
    ...(cluster.status === 'ACTIVE'
      ? { endpoint: `https://${cluster.name.toLowerCase()}.gr7.${REGION}.eks.amazonaws.com` }
      : {}),
    roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/eksClusterRole`,
    kubernetesNetworkConfig: { serviceIpv4Cidr: '10.100.0.0/16', ipFamily: 'ipv4' },
    status: cluster.status,
    upgradePolicy: { supportType: 'EXTENDED' },
  };
}

export function nodegroupJson(state: EksState, group: Nodegroup) {
  return {
    nodegroupName: group.name,
    nodegroupArn: `arn:aws:eks:${REGION}:${ACCOUNT_ID}:nodegroup/${state.cluster?.name ?? ''}/${group.name}`,
    clusterName: state.cluster?.name ?? '',
    version: state.cluster?.version ?? '',
    status: group.status,
    capacityType: 'ON_DEMAND',
    scalingConfig: { minSize: group.minSize, maxSize: group.maxSize, desiredSize: group.desiredSize },
    instanceTypes: [group.instanceType],
    subnets: DEFAULT_SUBNETS.filter((subnet) => group.zones.includes(subnet.az)).map((subnet) => subnet.id),
    amiType: 'AL2023_x86_64_STANDARD',
    labels: group.labels,
    ...(group.taints.length > 0
      ? {
          taints: group.taints.map((taint) => ({
            key: taint.key,
            value: taint.value,
            effect: Object.entries(TAINT_EFFECTS).find(([, effect]) => effect === taint.effect)?.[0],
          })),
        }
      : {}),
  };
}

export const json = (value: unknown) => JSON.stringify(value, null, 4);
