import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { applyVmCommand } from '../../sim/vm/engine';
import { fail, type CliResult } from '../types';
import type { ParamSpec } from './aws-args';
import { awsApiError } from './aws-format';
import { withHint } from '../suggest';
import {
  DRY_RUN_HINT,
  EC2_OPERATIONS as OPERATIONS,
  instanceIdHint,
  runInstancesErrorHint,
} from './aws-hints';

/** The `aws ec2` operations the console knows: their API names, parameters, and shared errors. */

type Result = CliResult<VmSimState, VmCommand>;

export const API_NAME = {
  'run-instances': 'RunInstances',
  'describe-instances': 'DescribeInstances',
  'terminate-instances': 'TerminateInstances',
} as const;
export type Operation = (typeof OPERATIONS)[number];

export const SPECS: Record<Operation, ParamSpec> = {
  'run-instances': {
    single: ['--image-id', '--instance-type', '--count'],
    lists: [],
    booleans: ['--dry-run', '--no-dry-run'],
    ignored: [
      '--key-name',
      '--security-group-ids',
      '--subnet-id',
      '--tag-specifications',
      '--user-data',
      '--iam-instance-profile',
      '--associate-public-ip-address',
    ],
  },
  'describe-instances': {
    single: [],
    lists: ['--instance-ids'],
    booleans: ['--dry-run', '--no-dry-run'],
    ignored: [],
  },
  'terminate-instances': {
    single: [],
    lists: ['--instance-ids'],
    booleans: ['--dry-run', '--no-dry-run'],
    ignored: [],
  },
};

export const apiError = (operation: Operation, code: string, message: string, hint: string): Result =>
  fail(withHint(awsApiError(code, API_NAME[operation], message), hint));

/** `--dry-run`: EC2 checks the request and answers DryRunOperation instead of acting. */
export function dryRun(operation: Operation, command: VmCommand, state: VmSimState): Result {
  const step = applyVmCommand(state, command);
  if (step.error !== undefined) {
    const hint =
      command.type === 'LaunchVms'
        ? runInstancesErrorHint(step.error, { type: command.instanceType, count: command.count }, state)
        : instanceIdHint(state);
    return apiError(operation, step.error.code, step.error.message, hint);
  }
  return apiError(
    operation,
    'DryRunOperation',
    'Request would have succeeded, but DryRun flag is set.',
    DRY_RUN_HINT,
  );
}
