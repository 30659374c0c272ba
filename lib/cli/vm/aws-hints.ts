import type { CommandError } from '../../sim/core/types';
import type { VmSimState } from '../../sim/vm/types';
import { DEFAULT_AMI, INSTANCE_TYPES, instanceType } from '../../sim/vm/figures';
import { vmHostMemory, vmsThatFit } from '../../sim/vm/selectors';
import { formatMiB } from '../../sim/vm/events';
import { closestWord, didYouMean } from '../suggest';

/**
 * What to do next after the AWS CLI's and EC2's own error messages: the text of the `Dockyard:`
 * line the console prints under them.
 */

export const EC2_OPERATIONS = ['describe-instances', 'run-instances', 'terminate-instances'] as const;
const TYPE_NAMES = INSTANCE_TYPES.map((type) => type.name);
const EXAMPLE_ID = 'i-0123456789abcdef0';

/** The whole command, with what the learner already gave, so it can be copied as it is. */
export function runInstancesExample(values: { readonly type?: string; readonly count?: string }): string {
  const type = values.type !== undefined && instanceType(values.type) ? values.type : 't3.small';
  const count = values.count !== undefined && /^[1-9]\d*$/.test(values.count) ? values.count : '1';
  return `aws ec2 run-instances --image-id ${DEFAULT_AMI} --instance-type ${type} --count ${count}`;
}

export function serviceHint(service: string): string {
  const suggestion = closestWord(service, ['ec2']);
  return suggestion === null
    ? 'this simulator only has aws ec2; other services come with their own simulators. Type help for the commands.'
    : didYouMean(suggestion, 'Type help for the aws ec2 commands this console understands.');
}

export function operationHint(operation: string | undefined): string {
  const suggestion = operation === undefined ? null : closestWord(operation, EC2_OPERATIONS);
  return suggestion === null
    ? `the ec2 operations here are ${EC2_OPERATIONS.join(', ')}, e.g. aws ec2 describe-instances.`
    : `did you mean "aws ec2 ${suggestion}"?`;
}

/** After `Unknown options:` — the parameter a typo meant, or the ones this operation takes. */
export function unknownOptionsHint(
  operation: string,
  unknown: readonly string[],
  known: readonly string[],
): string {
  const flag = unknown.find((word) => word.startsWith('--'));
  const suggestion = flag === undefined ? null : closestWord(flag, known);
  if (suggestion !== null) return didYouMean(suggestion);
  const list = `${known.slice(0, -1).join(', ')} and ${known[known.length - 1] ?? ''}`;
  return `aws ec2 ${operation} takes ${list} here, each followed by its value.`;
}

export function instanceIdHint(state: VmSimState, id?: string): string {
  const ids = state.vms.map((vm) => vm.id);
  const suggestion = id === undefined ? null : closestWord(id, ids);
  return didYouMean(
    suggestion,
    `Instance ids look like ${EXAMPLE_ID}; aws ec2 describe-instances lists yours.`,
  );
}

/** A whole example line for an operation, using a real instance id when there is one. */
export function operationExample(operation: (typeof EC2_OPERATIONS)[number], state: VmSimState): string {
  if (operation === 'run-instances') return runInstancesExample({});
  const id = state.vms.find((vm) => vm.state === 'pending' || vm.state === 'running')?.id ?? EXAMPLE_ID;
  return `aws ec2 ${operation} --instance-ids ${id}`;
}

export function terminateExample(state: VmSimState): string {
  return `name the instances to terminate, e.g. ${operationExample('terminate-instances', state)}`;
}

/** After an error EC2 (the engine) returned for RunInstances. */
export function runInstancesErrorHint(
  error: CommandError,
  request: { readonly type: string; readonly count: number },
  before: VmSimState,
): string {
  switch (error.code) {
    case 'InvalidParameterValue':
      return didYouMean(
        closestWord(request.type, TYPE_NAMES),
        `Instance types here: ${TYPE_NAMES.join(', ')}.`,
      );
    case 'InvalidAMIID.Malformed':
      return `an AMI id is ami- and 8 or 17 hex digits; this simulator boots ${DEFAULT_AMI}.`;
    case 'InsufficientInstanceCapacity': {
      const size = instanceType(request.type)?.memoryMiB ?? 0;
      const fit = vmsThatFit(before, request.type);
      return (
        `the hypervisor host is out of memory: ${request.count} × ${request.type} need ${formatMiB(request.count * size)}, ` +
        `only ${formatMiB(vmHostMemory(before).freeMiB)} is free (room for ${fit} more). ` +
        'Launch fewer or a smaller type, or terminate some.'
      );
    }
    default:
      return 'aws ec2 describe-instances shows what is running now.';
  }
}

export const DRY_RUN_HINT = 'the request would work; run it again without --dry-run to do it.';
