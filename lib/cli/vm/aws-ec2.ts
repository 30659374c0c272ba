import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { applyVmCommand } from '../../sim/vm/engine';
import { ACCOUNT_ID, DEFAULT_AMI, INSTANCE_TYPES } from '../../sim/vm/figures';
import { fail, print, type CliProgram, type CliResult } from '../types';
import { formatChoices } from '../table';
import { parseParams, type ParamSpec } from './aws-args';
import {
  AWS_USAGE,
  awsApiError,
  awsJson,
  awsUsageError,
  reservationsJson,
  instanceJson,
  stateOf,
} from './aws-format';

import { dockyardHint, withHint } from '../suggest';
import {
  DRY_RUN_HINT,
  EC2_OPERATIONS as OPERATIONS,
  instanceIdHint,
  operationExample,
  operationHint,
  runInstancesErrorHint,
  runInstancesExample,
  serviceHint,
  terminateExample,
  unknownOptionsHint,
} from './aws-hints';

type Result = CliResult<VmSimState, VmCommand>;

const API_NAME = {
  'run-instances': 'RunInstances',
  'describe-instances': 'DescribeInstances',
  'terminate-instances': 'TerminateInstances',
} as const;
type Operation = (typeof OPERATIONS)[number];

const SPECS: Record<Operation, ParamSpec> = {
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

const apiError = (operation: Operation, code: string, message: string, hint: string): Result =>
  fail(withHint(awsApiError(code, API_NAME[operation], message), hint));

/** `--dry-run`: EC2 checks the request and answers DryRunOperation instead of acting. */
function dryRun(operation: Operation, command: VmCommand, state: VmSimState): Result {
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

function runInstances(values: Readonly<Record<string, string | string[] | true>>, state: VmSimState): Result {
  const imageId = values['--image-id'];
  const type = values['--instance-type'];
  const countText = values['--count'];
  const example = runInstancesExample({
    ...(typeof type === 'string' ? { type } : {}),
    ...(typeof countText === 'string' ? { count: countText } : {}),
  });
  if (typeof imageId !== 'string') {
    return fail(
      [
        awsApiError('MissingParameter', 'RunInstances', 'The request must contain the parameter ImageId'),
        dockyardHint('add --image-id with the AMI to boot, for example:'),
        `  ${example}`,
      ].join('\n'),
    );
  }
  if (typeof type !== 'string') {
    return fail(
      `Dockyard: add --instance-type (${INSTANCE_TYPES.map((t) => t.name).join(', ')}). Without it EC2 would use its old default, m1.small, which this simulator does not have. For example:\n  ${example}`,
    );
  }
  const count = typeof countText === 'string' ? Number(countText) : 1;
  if (typeof countText === 'string' && !/^\d+$/.test(countText)) {
    return fail(
      /^\d+:\d+$/.test(countText)
        ? 'Dockyard: --count MIN:MAX is not simulated; give one number.'
        : withHint(
            awsUsageError('count parameter should be of form min[:max]'),
            'give a whole number, e.g. --count 2.',
          ),
    );
  }
  if (count < 1)
    return apiError(
      'run-instances',
      'InvalidParameterValue',
      `Value (${count}) for parameter maxCount is invalid. Must be greater than zero.`,
      'give --count 1 or more.',
    );
  if (count > 100) return fail('Dockyard: this simulator launches at most 100 instances per call.');
  const command: VmCommand = { type: 'LaunchVms', count, instanceType: type, imageId };
  if (values['--dry-run'] === true) return dryRun('run-instances', command, state);
  return {
    kind: 'dispatch',
    command,
    render: ({ before, after, error }) => {
      if (error !== undefined)
        return {
          output: withHint(
            awsApiError(error.code, 'RunInstances', error.message),
            runInstancesErrorHint(error, { type, count }, before),
          ),
          isError: true,
        };
      const launched = after.vms.slice(before.vms.length).filter((vm) => vm.launchedAt === after.now);
      const [first] = launched;
      return {
        output: awsJson({
          Groups: [],
          Instances: launched.map(instanceJson),
          OwnerId: ACCOUNT_ID,
          ReservationId: first?.reservationId ?? '',
        }),
        isError: false,
      };
    },
  };
}

function describeInstances(
  values: Readonly<Record<string, string | string[] | true>>,
  state: VmSimState,
): Result {
  const ids = values['--instance-ids'];
  if (!Array.isArray(ids)) return print(awsJson({ Reservations: reservationsJson(state.vms) }));
  const malformed = ids.find((id) => !/^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/.test(id));
  if (malformed !== undefined)
    return apiError(
      'describe-instances',
      'InvalidInstanceID.Malformed',
      `Invalid id: "${malformed}"`,
      instanceIdHint(state, malformed),
    );
  const missing = ids.filter((id) => !state.vms.some((vm) => vm.id === id));
  if (missing.length > 0) {
    const message =
      missing.length === 1
        ? `The instance ID '${missing[0]}' does not exist`
        : `The instance IDs '${missing.join(', ')}' do not exist`;
    return apiError(
      'describe-instances',
      'InvalidInstanceID.NotFound',
      message,
      instanceIdHint(state, missing[0]),
    );
  }
  return print(awsJson({ Reservations: reservationsJson(state.vms.filter((vm) => ids.includes(vm.id))) }));
}

function terminateInstances(
  values: Readonly<Record<string, string | string[] | true>>,
  state: VmSimState,
): Result {
  const ids = values['--instance-ids'];
  if (!Array.isArray(ids))
    return fail(
      withHint(
        awsUsageError('the following arguments are required: --instance-ids'),
        terminateExample(state),
      ),
    );
  const command: VmCommand = { type: 'TerminateVms', ids };
  if (values['--dry-run'] === true) return dryRun('terminate-instances', command, state);
  return {
    kind: 'dispatch',
    command,
    render: ({ before, after, error }) => {
      if (error !== undefined) {
        const bad = ids.find((id) => !before.vms.some((vm) => vm.id === id));
        return {
          output: withHint(
            awsApiError(error.code, 'TerminateInstances', error.message),
            instanceIdHint(before, bad),
          ),
          isError: true,
        };
      }
      const unique = ids.filter((id, index) => ids.indexOf(id) === index);
      const rows = unique.map((id) => {
        const previous = before.vms.find((vm) => vm.id === id)?.state ?? 'terminated';
        const current = after.vms.find((vm) => vm.id === id)?.state ?? 'terminated';
        return { CurrentState: stateOf(current), InstanceId: id, PreviousState: stateOf(previous) };
      });
      return { output: awsJson({ TerminatingInstances: rows }), isError: false };
    },
  };
}

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
