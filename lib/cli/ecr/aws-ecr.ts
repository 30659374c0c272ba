import type { EcrCommand } from '../../sim/ecr/commands';
import { loginPassword } from '../../sim/ecr/auth';
import { ACCOUNT_ID } from '../../sim/ecr/figures';
import { findRepository } from '../../sim/ecr/registry-images';
import type { EcrState } from '../../sim/ecr/types';
import { validateParams } from '../aws/param-validation';
import { globalOptionsRefused } from '../ecs/args/global-options';
import { buildInput } from '../ecs/args/param-values';
import { parseArgs } from '../ecs/args/parse-args';
import { requestShape, withMemberShapes } from '../ecs/args/request-shape';
import { closestWord, didYouMean, withHint } from '../suggest';
import { fail, print, type CliContext, type CliProgram, type CliResult } from '../types';
import { awsApiError, awsUsageError } from '../vm/aws-format';
import { AWS_ECR_HELP, OPERATIONS, type Operation } from './aws-ecr-operations';
import { json, repositoryJson } from './aws-ecr-json';
import { readOperation } from './aws-ecr-read';

/** `aws ecr`: repositories, images, scans, lifecycle policies and the login password (§8). */
type Result = CliResult<EcrState, EcrCommand>;

const pascal = (name: string) => name.split('-').map((word) => word[0]?.toUpperCase() + word.slice(1)).join('');

function dispatch(command: EcrCommand, operation: string, success: (after: EcrState, response: unknown) => string): Result {
  return {
    kind: 'dispatch',
    command,
    render: (outcome) =>
      outcome.error === undefined
        ? { output: success(outcome.after, outcome.response), isError: false }
        : { output: awsApiError(outcome.error.code, pascal(operation), outcome.error.message), isError: true },
  };
}

function mutability(value: unknown): 'MUTABLE' | 'IMMUTABLE' | null {
  return value === undefined || value === 'MUTABLE' ? 'MUTABLE' : value === 'IMMUTABLE' ? 'IMMUTABLE' : null;
}

type Input = Record<string, unknown>;

function writeOperation(name: string, input: Input): Result | null {
  const repository = String(input['repositoryName'] ?? '');
  switch (name) {
    case 'create-repository': {
      const tagMutability = mutability(input['imageTagMutability']);
      if (tagMutability === null)
        return fail(awsApiError('InvalidParameterException', 'CreateRepository', `Invalid parameter at 'imageTagMutability' failed to satisfy constraint: 'Member must satisfy enum value set: [MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION]'`));
      const scanOnPush = (input['imageScanningConfiguration'] as { scanOnPush?: boolean } | undefined)?.scanOnPush ?? false;
      return dispatch({ type: 'CreateRepository', name: repository, tagMutability, scanOnPush }, name, (after) => {
        const created = findRepository(after, repository);
        return json({ repository: created === undefined ? null : repositoryJson(created) });
      });
    }
    case 'delete-repository':
      return dispatch({ type: 'DeleteRepository', name: repository, force: input['force'] === true }, name, (_after, response) => json(response));
    case 'batch-delete-image':
      return dispatch({ type: 'BatchDeleteImage', repository, imageIds: (input['imageIds'] as { imageTag?: string; imageDigest?: string }[]) ?? [] }, name, (_after, response) => json(response));
    case 'put-image-tag-mutability': {
      const tagMutability = mutability(input['imageTagMutability']);
      if (tagMutability === null)
        return fail(awsApiError('InvalidParameterException', 'PutImageTagMutability', `Invalid parameter at 'imageTagMutability' failed to satisfy constraint: 'Member must satisfy enum value set: [MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION]'`));
      return dispatch({ type: 'PutImageTagMutability', repository, tagMutability }, name, (_after, response) => json(response));
    }
    case 'put-image-scanning-configuration': {
      const scanOnPush = (input['imageScanningConfiguration'] as { scanOnPush?: boolean } | undefined)?.scanOnPush ?? false;
      return dispatch({ type: 'PutImageScanningConfiguration', repository, scanOnPush }, name, (_after, response) => json(response));
    }
    case 'start-image-scan':
      return dispatch({ type: 'StartImageScan', repository, imageId: (input['imageId'] as { imageTag?: string; imageDigest?: string }) ?? {} }, name, (_after, response) => json(response));
    case 'put-lifecycle-policy':
      return dispatch({ type: 'PutLifecyclePolicy', repository, text: String(input['lifecyclePolicyText'] ?? '') }, name, (_after, response) => json(response));
    case 'delete-lifecycle-policy':
      return dispatch({ type: 'DeleteLifecyclePolicy', repository }, name, (_after, response) => json(response));
    case 'start-lifecycle-policy-preview': {
      const text = input['lifecyclePolicyText'];
      return dispatch({ type: 'StartLifecyclePolicyPreview', repository, ...(typeof text === 'string' ? { text } : {}) }, name, (_after, response) => json(response));
    }
    default:
      return null;
  }
}

function runOperation(operation: Operation, args: readonly string[], state: EcrState, context: CliContext): Result {
  const params = withMemberShapes(operation.params, requestShape(operation.params));
  const parsed = parseArgs(args, params);
  if (!parsed.ok) {
    const message = parsed.kind === 'unknown' ? `Unknown options: ${parsed.unknown.join(', ')}` : parsed.message;
    return fail(withHint(awsUsageError(message), `for example:\n  ${operation.example}`));
  }
  const refused = globalOptionsRefused(parsed.globals);
  if (refused !== null) return fail(refused);
  const built = buildInput(params, parsed.values, parsed.cliInputJson, context);
  if (!built.ok) return fail(built.error);
  const report = validateParams(requestShape(params), built.input);
  if (report !== null) return fail(report);
  const input = built.input as Input;
  if (operation.name === 'get-login-password') return print(loginPassword(state.now));
  return writeOperation(operation.name, input) ?? readOperation(operation.name, input, state) ?? fail(`Dockyard: aws ecr ${operation.name} is not simulated.`);
}

function run(args: readonly string[], state: EcrState, context: CliContext): Result {
  const [service, operationName, ...rest] = args;
  if (service !== 'ecr')
    return fail(withHint(awsUsageError(`argument command: Invalid choice: '${service ?? ''}'`), 'this console simulates aws ecr; docker builds, pushes and pulls images.'));
  const operation = OPERATIONS.find((candidate) => candidate.name === operationName);
  if (operation === undefined)
    return fail(
      withHint(
        awsUsageError(`argument operation: Invalid choice: '${operationName ?? ''}'`),
        didYouMean(closestWord(operationName ?? '', OPERATIONS.map((candidate) => candidate.name)), `the registry is ${ACCOUNT_ID}'s; type help for the aws ecr commands simulated here.`),
      ),
    );
  return runOperation(operation, rest, state, context);
}

export const awsEcrProgram: CliProgram<EcrState, EcrCommand> = {
  name: 'aws',
  help: AWS_ECR_HELP,
  run,
  complete: (before) => (before.length === 0 ? ['ecr'] : before.length === 1 ? OPERATIONS.map((operation) => operation.name) : []),
};
