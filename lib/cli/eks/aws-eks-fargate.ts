import { ACCOUNT_ID, REGION } from '../../sim/ecs/catalog';
import type { EksCommand } from '../../sim/eks/commands';
import type { EksState, FargateProfile, FargateSelector } from '../../sim/eks/types';
import type { Shape } from '../aws/param-validation';
import { awsApiError } from '../vm/aws-format';
import { fail, print, type CliResult, type DispatchOutcome } from '../types';
import { json } from './aws-eks-json';
import type { Operation } from './aws-eks-operations';
import { timestamp } from './kubectl-objects';

/**
 * `aws eks create-fargate-profile | describe-fargate-profile | list-fargate-profiles |
 * delete-fargate-profile`: which pods run on AWS Fargate, by namespace and labels.
 */

type Result = CliResult<EksState, EksCommand>;

const cluster = { flag: '--cluster-name', member: 'clusterName', kind: 'string', required: true } as const;
const profileName = {
  flag: '--fargate-profile-name',
  member: 'fargateProfileName',
  kind: 'string',
  required: true,
} as const;

const STRING: Shape = { type: 'string' };
const SELECTOR: Shape = {
  type: 'structure',
  members: [
    ['namespace', STRING],
    ['labels', { type: 'map', key: STRING, value: STRING }],
  ],
  required: [],
};

export const FARGATE_OPERATIONS: readonly Operation[] = [
  {
    name: 'create-fargate-profile',
    params: [
      profileName,
      cluster,
      { flag: '--pod-execution-role-arn', member: 'podExecutionRoleArn', kind: 'string', required: true },
      { flag: '--subnets', member: 'subnets', kind: 'strings' },
      { flag: '--selectors', member: 'selectors', kind: 'list', shape: { type: 'list', member: SELECTOR } },
    ],
    example: `aws eks create-fargate-profile --cluster-name demo --fargate-profile-name serverless --pod-execution-role-arn arn:aws:iam::${ACCOUNT_ID}:role/AmazonEKSFargatePodExecutionRole --subnets subnet-0a1b2c3d4e5f60718 subnet-0b2c3d4e5f6071829 --selectors namespace=serverless`,
  },
  {
    name: 'describe-fargate-profile',
    params: [cluster, profileName],
    example: 'aws eks describe-fargate-profile --cluster-name demo --fargate-profile-name serverless',
  },
  {
    name: 'list-fargate-profiles',
    params: [cluster],
    example: 'aws eks list-fargate-profiles --cluster-name demo',
  },
  {
    name: 'delete-fargate-profile',
    params: [cluster, profileName],
    example: 'aws eks delete-fargate-profile --cluster-name demo --fargate-profile-name serverless',
  },
];

export const FARGATE_HELP = [
  'aws eks create-fargate-profile --cluster-name N --fargate-profile-name P --pod-execution-role-arn ARN',
  '    --subnets … --selectors namespace=NS[,labels={k=v}]',
  'aws eks describe-fargate-profile | list-fargate-profiles | delete-fargate-profile',
];

export function fargateProfileJson(state: EksState, profile: FargateProfile) {
  const clusterName = state.cluster?.name ?? '';
  return {
    fargateProfileName: profile.name,
    fargateProfileArn: `arn:aws:eks:${REGION}:${ACCOUNT_ID}:fargateprofile/${clusterName}/${profile.name}/${profile.id}`,
    clusterName,
    createdAt: timestamp(profile.createdAt),
    podExecutionRoleArn: profile.podExecutionRoleArn,
    subnets: profile.subnets,
    selectors: profile.selectors.map((selector) => ({
      namespace: selector.namespace,
      ...(Object.keys(selector.labels).length > 0 ? { labels: selector.labels } : {}),
    })),
    status: profile.status,
    tags: {},
  };
}

const PASCAL: Readonly<Record<string, string>> = {
  'create-fargate-profile': 'CreateFargateProfile',
  'describe-fargate-profile': 'DescribeFargateProfile',
  'list-fargate-profiles': 'ListFargateProfiles',
  'delete-fargate-profile': 'DeleteFargateProfile',
};

function noCluster(state: EksState, name: string, operation: string): Result | null {
  if (state.cluster !== null && state.cluster.name === name) return null;
  return fail(awsApiError('ResourceNotFoundException', operation, `No cluster found for name: ${name}.`));
}

/** The profile JSON once the engine has the change, or the API's error. */
function profileResult(operation: string, name: string) {
  return (outcome: DispatchOutcome<EksState>) => {
    if (outcome.error !== undefined)
      return { output: awsApiError(outcome.error.code, operation, outcome.error.message), isError: true };
    const profile = outcome.after.fargateProfiles.find((candidate) => candidate.name === name);
    return {
      output: json({
        fargateProfile: profile === undefined ? null : fargateProfileJson(outcome.after, profile),
      }),
      isError: false,
    };
  };
}

/** Runs a Fargate profile operation, or null when `name` is not one. */
export function runFargateOperation(
  name: string,
  input: Record<string, unknown>,
  state: EksState,
): Result | null {
  const operation = PASCAL[name];
  if (operation === undefined) return null;
  const clusterName = String(input['clusterName'] ?? '');
  const profile = String(input['fargateProfileName'] ?? '');
  switch (name) {
    case 'create-fargate-profile': {
      const selectors: FargateSelector[] = (
        (input['selectors'] as { namespace?: string; labels?: Record<string, string> }[] | undefined) ?? []
      ).map((selector) => ({ namespace: selector.namespace ?? '', labels: selector.labels ?? {} }));
      return {
        kind: 'dispatch',
        command: {
          type: 'CreateFargateProfile',
          clusterName,
          fargateProfileName: profile,
          podExecutionRoleArn: String(input['podExecutionRoleArn'] ?? ''),
          subnets: (input['subnets'] as string[] | undefined) ?? [],
          selectors,
        },
        render: profileResult(operation, profile),
      };
    }
    case 'delete-fargate-profile':
      return {
        kind: 'dispatch',
        command: { type: 'DeleteFargateProfile', clusterName, fargateProfileName: profile },
        render: profileResult(operation, profile),
      };
    case 'list-fargate-profiles':
      return (
        noCluster(state, clusterName, operation) ??
        print(json({ fargateProfileNames: state.fargateProfiles.map((candidate) => candidate.name) }))
      );
    default: {
      const found = state.fargateProfiles.find((candidate) => candidate.name === profile);
      return (
        noCluster(state, clusterName, operation) ??
        (found === undefined
          ? fail(
              awsApiError(
                'ResourceNotFoundException',
                operation,
                `No Fargate Profile found with name: ${profile}.`,
              ),
            )
          : print(json({ fargateProfile: fargateProfileJson(state, found) })))
      );
    }
  }
}
