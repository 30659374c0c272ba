import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { ACCOUNT_ID, INSTANCE_TYPES } from '../../sim/vm/figures';
import { fail, print, type CliResult } from '../types';
import { awsApiError, awsJson, awsUsageError, reservationsJson, instanceJson, stateOf } from './aws-format';
import { dockyardHint, withHint } from '../suggest';
import { instanceIdHint, runInstancesErrorHint, runInstancesExample, terminateExample } from './aws-hints';
import { apiError, dryRun } from './aws-ec2-operations';

/** The three `aws ec2` operations, from parsed parameters to a command or a printed answer. */

type Result = CliResult<VmSimState, VmCommand>;

export function runInstances(
  values: Readonly<Record<string, string | string[] | true>>,
  state: VmSimState,
): Result {
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

export function describeInstances(
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

export function terminateInstances(
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
