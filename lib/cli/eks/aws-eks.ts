import { DEFAULT_SUBNETS } from '../../sim/ecs/catalog';
import type { EksCommand } from '../../sim/eks/commands';
import type { EksState, Taint } from '../../sim/eks/types';
import { buildInput } from '../ecs/args/param-values';
import { parseArgs } from '../ecs/args/parse-args';
import { requestShape, withMemberShapes } from '../ecs/args/request-shape';
import { globalOptionsRefused } from '../ecs/args/global-options';
import { validateParams } from '../aws/param-validation';
import { awsApiError, awsUsageError } from '../vm/aws-format';
import { closestWord, didYouMean, withHint } from '../suggest';
import {
  fail,
  print,
  type CliContext,
  type CliProgram,
  type CliResult,
  type DispatchOutcome,
} from '../types';
import { OPERATIONS, type Operation } from './aws-eks-operations';
import { arn, clusterJson, json, nodegroupJson, TAINT_EFFECTS } from './aws-eks-json';
import { ADDON_OPERATIONS, runAddonOperation } from './aws-eks-addons';
import { FARGATE_HELP, FARGATE_OPERATIONS, runFargateOperation } from './aws-eks-fargate';
import { IDENTITY_HELP, IDENTITY_OPERATIONS, runIdentityOperation } from './aws-eks-identity';

/**
 * `aws eks`: the cluster and its managed node groups, and `update-kubeconfig` for kubectl. Arguments
 * go through the same AWS CLI parsing as the ECS console (shorthand, JSON, argparse's errors).
 */

type Result = CliResult<EksState, EksCommand>;

export const AWS_EKS_HELP = [
  'aws eks create-cluster --name N --role-arn ARN --resources-vpc-config subnetIds=…',
  'aws eks describe-cluster --name N | list-clusters',
  'aws eks update-kubeconfig --name N  point kubectl at the cluster',
  'aws eks create-nodegroup --cluster-name N --nodegroup-name G --subnets … --node-role ARN',
  '    [--instance-types T] [--scaling-config minSize=1,maxSize=6,desiredSize=3] [--labels k=v] [--taints …]',
  'aws eks list-nodegroups | describe-nodegroup',
  'aws eks create-addon --cluster-name N --addon-name metrics-server | describe-addon | list-addons',
  ...FARGATE_HELP,
  ...IDENTITY_HELP,
];

function apiFailure(operation: string) {
  return (outcome: DispatchOutcome<EksState>, success: () => string) =>
    outcome.error === undefined
      ? { output: success(), isError: false }
      : { output: awsApiError(outcome.error.code, operation, outcome.error.message), isError: true };
}

function runOperation(
  operation: Operation,
  args: readonly string[],
  state: EksState,
  context: CliContext,
): Result {
  const params = withMemberShapes(operation.params, requestShape(operation.params));
  const parsed = parseArgs(args, params);
  if (!parsed.ok) {
    if (parsed.kind === 'unknown')
      return fail(
        withHint(
          awsUsageError(`Unknown options: ${parsed.unknown.join(', ')}`),
          `for example:\n  ${operation.example}`,
        ),
      );
    return fail(withHint(awsUsageError(parsed.message), `for example:\n  ${operation.example}`));
  }
  const refused = globalOptionsRefused(parsed.globals);
  if (refused !== null) return fail(refused);
  const built = buildInput(params, parsed.values, parsed.cliInputJson, context);
  if (!built.ok) return fail(built.error);
  const report = validateParams(requestShape(params), built.input);
  if (report !== null) return fail(report);
  const input = built.input as Record<string, unknown>;
  const name = String(input['name'] ?? '');
  const pascal = operation.name
    .split('-')
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
  const api = apiFailure(pascal);
  switch (operation.name) {
    case 'create-cluster': {
      const version = input['version'] === undefined ? undefined : String(input['version']);
      return {
        kind: 'dispatch',
        command: { type: 'CreateCluster', name, ...(version === undefined ? {} : { version }) },
        render: (outcome) => api(outcome, () => json({ cluster: clusterJson(outcome.after) })),
      };
    }
    case 'describe-cluster':
      if (state.cluster === null || state.cluster.name !== name)
        return fail(
          awsApiError('ResourceNotFoundException', 'DescribeCluster', `No cluster found for name: ${name}.`),
        );
      return print(json({ cluster: clusterJson(state) }));
    case 'list-clusters':
      return print(json({ clusters: state.cluster === null ? [] : [state.cluster.name] }));
    case 'update-kubeconfig':
      return {
        kind: 'dispatch',
        command: { type: 'UpdateKubeconfig', name },
        render: (outcome) =>
          api(
            outcome,
            () =>
              `${state.kubeconfig === name ? 'Updated context' : 'Added new context'} ${arn(name)} in /home/learner/.kube/config`,
          ),
      };
    case 'create-nodegroup': {
      const subnets = (input['subnets'] as string[]) ?? [];
      const unknownSubnet = subnets.find((id) => !DEFAULT_SUBNETS.some((subnet) => subnet.id === id));
      if (unknownSubnet !== undefined)
        return fail(
          withHint(
            awsApiError(
              'InvalidParameterException',
              'CreateNodegroup',
              `The subnet ID '${unknownSubnet}' does not exist`,
            ),
            `the account's subnets: ${DEFAULT_SUBNETS.map((subnet) => `${subnet.id} (${subnet.az})`).join(', ')}`,
          ),
        );
      const scaling =
        (input['scalingConfig'] as
          { minSize?: number; maxSize?: number; desiredSize?: number } | undefined) ?? {};
      const desiredSize = scaling.desiredSize ?? 2;
      const taints: Taint[] = [];
      for (const taint of (input['taints'] as
        { key?: string; value?: string; effect?: string }[] | undefined) ?? []) {
        const effect = TAINT_EFFECTS[taint.effect ?? ''];
        if (effect === undefined || taint.key === undefined)
          return fail(
            awsApiError(
              'InvalidParameterException',
              'CreateNodegroup',
              `Taint effect must be one of NO_SCHEDULE, NO_EXECUTE, PREFER_NO_SCHEDULE and every taint needs a key`,
            ),
          );
        taints.push({ key: taint.key, value: taint.value ?? '', effect });
      }
      const instanceTypes = (input['instanceTypes'] as string[] | undefined) ?? ['t3.medium'];
      const command: EksCommand = {
        type: 'CreateNodegroup',
        clusterName: String(input['clusterName']),
        nodegroupName: String(input['nodegroupName']),
        instanceType: instanceTypes[0] ?? 't3.medium',
        desiredSize,
        minSize: scaling.minSize ?? 1,
        maxSize: scaling.maxSize ?? Math.max(desiredSize, 2),
        labels: (input['labels'] as Record<string, string> | undefined) ?? {},
        taints,
        zones: DEFAULT_SUBNETS.filter((subnet) => subnets.includes(subnet.id)).map((subnet) => subnet.az),
      };
      return {
        kind: 'dispatch',
        command,
        render: (outcome) =>
          api(outcome, () => {
            const group = outcome.after.nodegroups.find(
              (candidate) => candidate.name === command.nodegroupName,
            );
            return json({ nodegroup: group === undefined ? null : nodegroupJson(outcome.after, group) });
          }),
      };
    }
    case 'list-nodegroups':
      if (state.cluster === null || state.cluster.name !== input['clusterName'])
        return fail(
          awsApiError(
            'ResourceNotFoundException',
            'ListNodegroups',
            `No cluster found for name: ${String(input['clusterName'])}.`,
          ),
        );
      return print(json({ nodegroups: state.nodegroups.map((group) => group.name) }));
    case 'describe-nodegroup': {
      const group = state.nodegroups.find((candidate) => candidate.name === input['nodegroupName']);
      if (state.cluster === null || state.cluster.name !== input['clusterName'] || group === undefined)
        return fail(
          awsApiError(
            'ResourceNotFoundException',
            'DescribeNodegroup',
            `No node group found for name: ${String(input['nodegroupName'])}.`,
          ),
        );
      return print(json({ nodegroup: nodegroupJson(state, group) }));
    }
    default:
      return (
        runAddonOperation(operation.name, input, state) ??
        runFargateOperation(operation.name, input, state) ??
        runIdentityOperation(operation.name, input, state) ??
        fail(`Dockyard: aws eks ${operation.name} is not simulated.`)
      );
  }
}

function run(args: readonly string[], state: EksState, context: CliContext): Result {
  const [service, operationName, ...rest] = args;
  if (service !== 'eks')
    return fail(
      withHint(
        awsUsageError(`argument command: Invalid choice: '${service ?? ''}'`),
        'this console simulates aws eks; kubectl drives the cluster itself.',
      ),
    );
  const operation = [...OPERATIONS, ...ADDON_OPERATIONS, ...FARGATE_OPERATIONS, ...IDENTITY_OPERATIONS].find(
    (candidate) => candidate.name === operationName,
  );
  if (operation === undefined)
    return fail(
      withHint(
        awsUsageError(`argument operation: Invalid choice: '${operationName ?? ''}'`),
        didYouMean(
          closestWord(
            operationName ?? '',
            [...OPERATIONS, ...ADDON_OPERATIONS, ...FARGATE_OPERATIONS, ...IDENTITY_OPERATIONS].map(
              (candidate) => candidate.name,
            ),
          ),
          'aws eks create-cluster, create-nodegroup and update-kubeconfig are simulated.',
        ),
      ),
    );
  return runOperation(operation, rest, state, context);
}

export const awsEksProgram: CliProgram<EksState, EksCommand> = {
  name: 'aws',
  help: AWS_EKS_HELP,
  run,
  complete: (before) =>
    before.length === 0
      ? ['eks']
      : before.length === 1
        ? [...OPERATIONS, ...ADDON_OPERATIONS, ...FARGATE_OPERATIONS, ...IDENTITY_OPERATIONS].map(
            (operation) => operation.name,
          )
        : [],
};
