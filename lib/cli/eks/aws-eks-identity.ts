import type { EksCommand } from '../../sim/eks/commands';
import { associationArn } from '../../sim/eks/identity';
import type { PodIdentityAssociation } from '../../sim/eks/identity-types';
import type { EksState } from '../../sim/eks/types';
import { awsApiError } from '../vm/aws-format';
import { fail, print, type CliResult, type DispatchOutcome } from '../types';
import { json } from './aws-eks-json';
import type { Operation } from './aws-eks-operations';
import { timestamp } from './kubectl-objects';

/** `aws eks create-pod-identity-association | list-pod-identity-associations`: EKS Pod Identity. */

type Result = CliResult<EksState, EksCommand>;

const cluster = { flag: '--cluster-name', member: 'clusterName', kind: 'string', required: true } as const;

export const IDENTITY_OPERATIONS: readonly Operation[] = [
  {
    name: 'create-pod-identity-association',
    params: [
      cluster,
      { flag: '--namespace', member: 'namespace', kind: 'string', required: true },
      { flag: '--service-account', member: 'serviceAccount', kind: 'string', required: true },
      { flag: '--role-arn', member: 'roleArn', kind: 'string', required: true },
    ],
    example:
      'aws eks create-pod-identity-association --cluster-name demo --namespace default --service-account photo-api --role-arn arn:aws:iam::123456789012:role/photo-api',
  },
  {
    name: 'list-pod-identity-associations',
    params: [cluster, { flag: '--namespace', member: 'namespace', kind: 'string' }],
    example: 'aws eks list-pod-identity-associations --cluster-name demo',
  },
];

export const IDENTITY_HELP = [
  'aws eks create-pod-identity-association --cluster-name N --namespace NS --service-account SA --role-arn ARN',
  'aws eks list-pod-identity-associations --cluster-name N',
];

function associationJson(clusterName: string, association: PodIdentityAssociation) {
  return {
    clusterName,
    namespace: association.namespace,
    serviceAccount: association.serviceAccount,
    roleArn: association.roleArn,
    associationArn: associationArn(clusterName, association.id),
    associationId: association.id,
    tags: {},
    createdAt: timestamp(association.createdAt),
    modifiedAt: timestamp(association.createdAt),
  };
}

/** Runs a Pod Identity operation, or null when `name` is not one. */
export function runIdentityOperation(
  name: string,
  input: Record<string, unknown>,
  state: EksState,
): Result | null {
  const clusterName = String(input['clusterName'] ?? '');
  if (name === 'create-pod-identity-association') {
    const namespace = String(input['namespace'] ?? '');
    const serviceAccount = String(input['serviceAccount'] ?? '');
    return {
      kind: 'dispatch',
      command: {
        type: 'CreatePodIdentityAssociation',
        clusterName,
        namespace,
        serviceAccount,
        roleArn: String(input['roleArn'] ?? ''),
      },
      render: (outcome: DispatchOutcome<EksState>) => {
        if (outcome.error !== undefined)
          return {
            output: awsApiError(outcome.error.code, 'CreatePodIdentityAssociation', outcome.error.message),
            isError: true,
          };
        const made = outcome.after.podIdentityAssociations.find(
          (candidate) => candidate.namespace === namespace && candidate.serviceAccount === serviceAccount,
        );
        return {
          output: json({ association: made === undefined ? null : associationJson(clusterName, made) }),
          isError: false,
        };
      },
    };
  }
  if (name !== 'list-pod-identity-associations') return null;
  if (state.cluster === null || state.cluster.name !== clusterName)
    return fail(
      awsApiError(
        'ResourceNotFoundException',
        'ListPodIdentityAssociations',
        `No cluster found for name: ${clusterName}.`,
      ),
    );
  const namespace = input['namespace'] === undefined ? null : String(input['namespace']);
  return print(
    json({
      associations: state.podIdentityAssociations
        .filter((association) => namespace === null || association.namespace === namespace)
        .map((association) => {
          const {
            roleArn: _role,
            tags: _tags,
            createdAt: _created,
            modifiedAt: _modified,
            ...summary
          } = associationJson(clusterName, association);
          return summary;
        }),
    }),
  );
}
