import { ACCOUNT_ID, REGION } from '../../sim/ecs/catalog';
import type { EksAddon } from '../../sim/eks/autoscaling-types';
import type { EksCommand } from '../../sim/eks/commands';
import { metricsServerRunning } from '../../sim/eks/metrics-server';
import type { EksState } from '../../sim/eks/types';
import { awsApiError } from '../vm/aws-format';
import { fail, print, type CliResult } from '../types';
import { json } from './aws-eks-json';
import { timestamp } from './kubectl-objects';
import type { Operation } from './aws-eks-operations';

/** `aws eks create-addon | describe-addon | list-addons`: add-ons EKS installs and keeps for you. */

type Result = CliResult<EksState, EksCommand>;

const cluster = { flag: '--cluster-name', member: 'clusterName', kind: 'string', required: true } as const;
const addon = { flag: '--addon-name', member: 'addonName', kind: 'string', required: true } as const;

export const ADDON_OPERATIONS: readonly Operation[] = [
  {
    name: 'create-addon',
    params: [
      cluster,
      addon,
      { flag: '--addon-version', member: 'addonVersion', kind: 'string' },
      { flag: '--resolve-conflicts', member: 'resolveConflicts', kind: 'string' },
    ],
    example: 'aws eks create-addon --cluster-name demo --addon-name metrics-server',
  },
  {
    name: 'describe-addon',
    params: [cluster, addon],
    example: 'aws eks describe-addon --cluster-name demo --addon-name metrics-server',
  },
  {
    name: 'list-addons',
    params: [cluster],
    example: 'aws eks list-addons --cluster-name demo',
  },
];

/** CREATING until its pods are Ready, then ACTIVE. */
export function addonJson(state: EksState, entry: EksAddon) {
  const clusterName = state.cluster?.name ?? '';
  return {
    addonName: entry.name,
    clusterName,
    status: metricsServerRunning(state) ? 'ACTIVE' : 'CREATING',
    addonVersion: entry.version,
    health: { issues: [] },
    addonArn: `arn:aws:eks:${REGION}:${ACCOUNT_ID}:addon/${clusterName}/${entry.name}/${entry.id}`,
    createdAt: timestamp(entry.createdAt),
    modifiedAt: timestamp(entry.createdAt),
    tags: {},
  };
}

export function runAddonOperation(
  name: string,
  input: Record<string, unknown>,
  state: EksState,
): Result | null {
  const clusterName = String(input['clusterName'] ?? '');
  const addonName = String(input['addonName'] ?? '');
  const noCluster = (operation: string) =>
    fail(awsApiError('ResourceNotFoundException', operation, `No cluster found for name: ${clusterName}.`));
  switch (name) {
    case 'create-addon':
      return {
        kind: 'dispatch',
        command: { type: 'CreateAddon', clusterName, addonName },
        render: (outcome) => {
          if (outcome.error !== undefined)
            return {
              output: awsApiError(outcome.error.code, 'CreateAddon', outcome.error.message),
              isError: true,
            };
          const created = outcome.after.addons.find((entry) => entry.name === addonName);
          return {
            output: json({ addon: created === undefined ? null : addonJson(outcome.after, created) }),
            isError: false,
          };
        },
      };
    case 'describe-addon': {
      if (state.cluster === null || state.cluster.name !== clusterName) return noCluster('DescribeAddon');
      const found = state.addons.find((entry) => entry.name === addonName);
      if (found === undefined)
        return fail(
          awsApiError(
            'ResourceNotFoundException',
            'DescribeAddon',
            `No addon: ${addonName} found in cluster: ${clusterName}`,
          ),
        );
      return print(json({ addon: addonJson(state, found) }));
    }
    case 'list-addons':
      if (state.cluster === null || state.cluster.name !== clusterName) return noCluster('ListAddons');
      return print(json({ addons: state.addons.map((entry) => entry.name) }));
    default:
      return null;
  }
}
