import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { DEFAULT_AMI, INSTANCE_TYPES } from '../../sim/vm/figures';
import { fail, print, type CliProgram, type CliResult } from '../types';
import { formatChoices } from '../table';
import { parseParams, type ParamSpec } from './aws-args';
import { AWS_USAGE, awsUsageError } from './aws-format';
import { withHint } from '../suggest';
import {
  EC2_OPERATIONS as OPERATIONS,
  operationExample,
  operationHint,
  serviceHint,
  unknownOptionsHint,
} from './aws-hints';
import { SPECS, type Operation } from './aws-ec2-operations';
import { describeInstances, runInstances, terminateInstances } from './aws-ec2-instances';

type Result = CliResult<VmSimState, VmCommand>;

function run(args: readonly string[], state: VmSimState): Result {
  const [service, operation, ...rest] = args;
  const noCommand = (): Result =>
    fail(
      withHint(
        awsUsageError('the following arguments are required: command'),
        'try aws ec2 describe-instances; type help for the aws ec2 commands this console understands.',
      ),
    );
  if (service === undefined) return noCommand();
  if (service === 'help' || service === '--help')
    return print(
      'Dockyard simulates these AWS CLI commands:\n\n  aws ec2 run-instances\n  aws ec2 describe-instances\n  aws ec2 terminate-instances',
    );
  if (service !== 'ec2') {
    if (service.startsWith('-')) return noCommand();
    return fail(
      withHint(
        awsUsageError(`argument command: Invalid choice, valid choices are:\n\n${formatChoices(['ec2'])}`),
        serviceHint(service),
      ),
    );
  }
  if (operation === undefined)
    return fail(
      withHint(awsUsageError('the following arguments are required: operation'), operationHint(undefined)),
    );
  if (!(OPERATIONS as readonly string[]).includes(operation)) {
    return fail(
      withHint(
        awsUsageError(
          `argument operation: Invalid choice, valid choices are:\n\n${formatChoices(OPERATIONS)}`,
        ),
        operationHint(operation),
      ),
    );
  }
  const op = operation as Operation;
  const parsed = parseParams(rest, SPECS[op]);
  if (!parsed.ok) {
    const spec = SPECS[op];
    const known = [...spec.single, ...spec.lists, '--dry-run'];
    const missingValue = /^argument (--[\w-]+): expected/.exec(parsed.usageError ?? '');
    return fail(
      parsed.usageError !== undefined
        ? withHint(
            awsUsageError(parsed.usageError),
            missingValue
              ? `give ${missingValue[1]} a value, for example:\n  ${operationExample(op, state)}`
              : 'type help for examples.',
          )
        : withHint(
            `${AWS_USAGE}\nUnknown options: ${(parsed.unknown ?? []).join(', ')}`,
            unknownOptionsHint(op, parsed.unknown ?? [], known),
          ),
    );
  }
  const output = parsed.values['--output'];
  if (typeof output === 'string' && output !== 'json')
    return fail(`Dockyard: only --output json is simulated (got ${output}).`);
  if (parsed.values['--query'] !== undefined)
    return fail(
      'Dockyard: --query is not simulated; the full JSON is printed instead when you leave it out.',
    );
  switch (op) {
    case 'run-instances':
      return runInstances(parsed.values, state);
    case 'describe-instances':
      return describeInstances(parsed.values, state);
    case 'terminate-instances':
      return terminateInstances(parsed.values, state);
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

function complete(before: readonly string[], state: VmSimState): readonly string[] {
  const [service, operation, ...rest] = before;
  if (service === undefined) return ['ec2'];
  if (service !== 'ec2') return [];
  if (operation === undefined) return OPERATIONS;
  const spec = SPECS[operation as Operation] as ParamSpec | undefined;
  if (spec === undefined) return [];
  const last = rest[rest.length - 1];
  if (last === '--instance-type') return INSTANCE_TYPES.map((t) => t.name);
  if (last === '--image-id') return [DEFAULT_AMI];
  if (last === '--count') return ['1', '2', '5', '18'];
  const params = [...spec.single, ...spec.lists, '--dry-run'].filter((p) => !rest.includes(p));
  const lastFlag = [...rest].reverse().find((word) => word.startsWith('--'));
  if (lastFlag !== '--instance-ids') return params;
  const ids = state.vms
    .filter((vm) => operation !== 'terminate-instances' || vm.state !== 'terminated')
    .map((vm) => vm.id);
  return [...ids.filter((id) => !rest.includes(id)), ...params];
}

export const awsProgram: CliProgram<VmSimState, VmCommand> = {
  name: 'aws',
  help: [
    `aws ec2 run-instances --image-id ${DEFAULT_AMI} --instance-type t3.small --count N   launch VMs`,
    'aws ec2 describe-instances [--instance-ids ID…]   show instances and their state',
    'aws ec2 terminate-instances --instance-ids ID…    terminate instances',
  ],
  run,
  complete,
};
