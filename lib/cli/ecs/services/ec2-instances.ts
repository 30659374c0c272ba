import { EC2_FILTERS, IAM_INSTANCE_PROFILE, TAG_SPECIFICATIONS } from '../args/service-shapes';
import { ACCOUNT_ID, INSTANCE_TYPES } from '../../../sim/ecs/catalog';
import type { CommandError } from '../../../sim/core/types';
import type { EcsCommandOf } from '../../../sim/ecs/commands';
import { applyEcsCommand } from '../../../sim/ecs/engine';
import type { Ec2Instance, EcsState } from '../../../sim/ecs/types';
import { fail } from '../../types';
import { closestWord, didYouMean, withHint } from '../../suggest';
import { awsUsageError } from '../../vm/aws-format';
import { awsJson } from '../format/aws-json';
import { subnetHint } from '../hints';
import { ec2State, reservationsJson, instanceJson } from '../format/instance-json';
import {
  apiError,
  apiErrorText,
  dispatch,
  param,
  printJson,
  record,
  str,
  strings,
  type Operation,
  type Result,
} from '../operation';

/** `aws ec2` instance operations: what ECS capacity on EC2 is made of (reference §1.2). */

const ECS_AMI_PARAMETER = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';
const TYPES = INSTANCE_TYPES.map((type) => type.name);

export function runInstancesExample(type = 't3.medium'): string {
  return `aws ec2 run-instances --image-id ${ECS_AMI_PARAMETER} --instance-type ${type} --iam-instance-profile Name=ecsInstanceRole --user-data file://ecs-user-data.sh`;
}

export function instanceIdHint(state: EcsState, id?: string): string {
  const ids = state.instances.map((instance) => instance.id);
  return didYouMean(
    id === undefined ? null : closestWord(id, ids),
    'Instance ids look like i-0123456789abcdef0; aws ec2 describe-instances lists yours.',
  );
}

/** `Name=ecsInstanceRole` or `Arn=arn:aws:iam::ACCOUNT:instance-profile/NAME` → the profile name. */
function profileName(input: Readonly<Record<string, unknown>>): string | null {
  const profile = record(input['IamInstanceProfile']);
  if (profile === undefined) return null;
  const name = str(profile, 'Name');
  if (name !== undefined) return name;
  const profileArn = str(profile, 'Arn');
  return profileArn === undefined ? null : profileArn.slice(profileArn.lastIndexOf('/') + 1);
}

function runInstancesHint(error: CommandError, type: string, state: EcsState): string | null {
  if (error.code === 'InvalidSubnetID.NotFound')
    return subnetHint(state, /The subnet ID '([^']*)'/.exec(error.message)?.[1]);
  if (error.code === 'InvalidParameterValue' && /InstanceType/.test(error.message))
    return didYouMean(closestWord(type, TYPES), `Instance types here: ${TYPES.join(', ')}.`);
  if (error.code.startsWith('InvalidAMIID') || /ImageId/.test(error.message))
    return `the ECS-optimized AMI is --image-id ${ECS_AMI_PARAMETER} (aws ssm get-parameters shows the id).`;
  if (/iamInstanceProfile/.test(error.message)) {
    const profiles = state.roles.filter((role) => role.instanceProfile).map((role) => role.name);
    return `instance profiles here: ${profiles.join(', ')} (--iam-instance-profile Name=ecsInstanceRole).`;
  }
  return null;
}

const runInstances: Operation = {
  name: 'run-instances',
  api: 'RunInstances',
  summary: 'launch EC2 instances (the ECS-optimized AMI joins a cluster from user data)',
  params: [
    param('--image-id', 'ImageId', 'string'),
    param('--instance-type', 'InstanceType', 'string'),
    // The CLI's own option (it sets MinCount and MaxCount): named by its flag, it never reaches
    // botocore's validation (request-shape.ts leaves `--` members out).
    param('--count', '--count', 'string'),
    param('--key-name', 'KeyName', 'string'),
    param('--security-group-ids', 'SecurityGroupIds', 'strings'),
    param('--subnet-id', 'SubnetId', 'string'),
    param('--user-data', 'UserData', 'string'),
    param('--iam-instance-profile', 'IamInstanceProfile', 'structure', false, IAM_INSTANCE_PROFILE),
    param('--tag-specifications', 'TagSpecifications', 'list', false, TAG_SPECIFICATIONS),
    param('--associate-public-ip-address', 'AssociatePublicIpAddress', 'boolean'),
    param('--dry-run', 'DryRun', 'boolean'),
  ],
  run(input, { state }) {
    const imageId = str(input, 'ImageId');
    const type = str(input, 'InstanceType');
    if (imageId === undefined)
      return fail(
        withHint(
          apiErrorText('RunInstances', {
            code: 'MissingParameter',
            message: 'The request must contain the parameter ImageId',
          }),
          `add --image-id, e.g. the ECS-optimized AMI:\n  ${runInstancesExample(type)}`,
        ),
      );
    if (type === undefined)
      return fail(
        `Dockyard: add --instance-type (${TYPES.join(', ')}). Without it EC2 would use its old default, m1.small, which this simulator does not have.`,
      );
    const countText = str(input, '--count') ?? '1';
    // The CLI's own --count takes MIN[:MAX] (awscli/customizations/ec2/runinstances.py).
    const match = /^\s*(\d+)(?::(\d+))?\s*$/.exec(countText);
    if (match === null)
      return fail(
        withHint(
          awsUsageError('count parameter should be of form min[:max]'),
          'give a whole number, e.g. --count 2.',
        ),
      );
    if (match[2] !== undefined && match[2] !== match[1])
      return fail('Dockyard: --count MIN:MAX is not simulated; give one number.');
    const count = Number(match[1]);
    if (count < 1)
      return apiError(
        'RunInstances',
        'InvalidParameterValue',
        `Value (${count}) for parameter maxCount is invalid. Must be greater than zero.`,
        'give --count 1 or more.',
      );
    if (count > 100) return fail('Dockyard: this simulator launches at most 100 instances per call.');
    const command: EcsCommandOf<'RunInstances'> = {
      type: 'RunInstances',
      count,
      instanceType: type,
      imageId,
      instanceProfile: profileName(input),
      // The CLI base64-encodes user data for RunInstances; EC2 hands the instance the script.
      userData: str(input, 'UserData') ?? null,
      subnetId: str(input, 'SubnetId') ?? null,
    };
    // --dry-run: EC2 checks the request and answers DryRunOperation instead of launching.
    if (input['DryRun'] === true) {
      const step = applyEcsCommand(state, command);
      return step.error === undefined
        ? apiError(
            'RunInstances',
            'DryRunOperation',
            'Request would have succeeded, but DryRun flag is set.',
            'run it again without --dry-run to launch.',
          )
        : apiError(
            'RunInstances',
            step.error.code,
            step.error.message,
            runInstancesHint(step.error, type, state),
          );
    }
    return dispatch(
      'RunInstances',
      command,
      ({ before, after }) => {
        const known = new Set(before.instances.map((instance) => instance.id));
        const launched = after.instances.filter((instance) => !known.has(instance.id));
        return awsJson({
          Groups: [],
          Instances: launched.map(instanceJson),
          OwnerId: ACCOUNT_ID,
          ReservationId: launched[0]?.reservationId ?? '',
        });
      },
      (error) => runInstancesHint(error, type, state),
    );
  },
};

/** EC2 checks ids before anything else: malformed first, then unknown (as the vm console does). */
export function checkInstanceIds(api: string, ids: readonly string[], state: EcsState): Result | null {
  const malformed = ids.find((id) => !/^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/.test(id));
  if (malformed !== undefined)
    return apiError(
      api,
      'InvalidInstanceID.Malformed',
      `Invalid id: "${malformed}"`,
      instanceIdHint(state, malformed),
    );
  const missing = ids.filter((id) => !state.instances.some((instance) => instance.id === id));
  if (missing.length === 0) return null;
  const message =
    missing.length === 1
      ? `The instance ID '${missing[0]}' does not exist`
      : `The instance IDs '${missing.join(', ')}' do not exist`;
  return apiError(api, 'InvalidInstanceID.NotFound', message, instanceIdHint(state, missing[0]));
}

/** `--filters Name=instance-state-name,Values=running` and the few other names lessons use. */
function matchesFilters(
  instance: Ec2Instance,
  filters: readonly Readonly<Record<string, unknown>>[],
): boolean {
  return filters.every((filter) => {
    const values = strings(filter, 'Values') ?? [];
    switch (str(filter, 'Name')) {
      case 'instance-state-name':
        return values.includes(instance.state);
      case 'instance-type':
        return values.includes(instance.instanceType);
      case 'availability-zone':
        return values.includes(instance.az);
      case 'instance-id':
        return values.includes(instance.id);
      case 'tag:aws:autoscaling:groupName':
        return instance.autoScalingGroup !== null && values.includes(instance.autoScalingGroup);
      default:
        return true;
    }
  });
}

const describeInstances: Operation = {
  name: 'describe-instances',
  api: 'DescribeInstances',
  summary: 'show instances, their state, AZ and instance profile',
  params: [
    param('--instance-ids', 'InstanceIds', 'strings'),
    param('--filters', 'Filters', 'list', false, EC2_FILTERS),
  ],
  run(input, { state }) {
    const ids = strings(input, 'InstanceIds');
    if (ids !== undefined) {
      const problem = checkInstanceIds('DescribeInstances', ids, state);
      if (problem !== null) return problem;
    }
    const filters =
      (input['Filters'] as unknown[] | undefined)?.map(record).filter((f) => f !== undefined) ?? [];
    const chosen = state.instances.filter(
      (instance) => (ids === undefined || ids.includes(instance.id)) && matchesFilters(instance, filters),
    );
    return printJson({ Reservations: reservationsJson(chosen) });
  },
};

type StateChange = 'TerminateInstances' | 'StopInstances' | 'StartInstances';
const ANSWER_KEY: Record<StateChange, string> = {
  TerminateInstances: 'TerminatingInstances',
  StopInstances: 'StoppingInstances',
  StartInstances: 'StartingInstances',
};

function stateChange(name: string, api: StateChange, summary: string): Operation {
  return {
    name,
    api,
    summary,
    params: [
      param('--instance-ids', 'InstanceIds', 'strings', true),
      param('--dry-run', 'DryRun', 'boolean'),
    ],
    run(input, { state }) {
      const ids = strings(input, 'InstanceIds') ?? [];
      const unique = ids.filter((id, index) => ids.indexOf(id) === index);
      if (unique.length === 0 || unique.length > 1000)
        return fail('Dockyard: give between 1 and 1000 instance ids.');
      if (input['DryRun'] === true)
        return (
          checkInstanceIds(api, unique, state) ??
          apiError(
            api,
            'DryRunOperation',
            'Request would have succeeded, but DryRun flag is set.',
            'run it again without --dry-run to do it.',
          )
        );
      return dispatch(
        api,
        { type: api, ids: unique },
        ({ before, after }) => {
          const stateOf = (list: readonly Ec2Instance[], id: string) =>
            list.find((instance) => instance.id === id)?.state ?? 'terminated';
          return awsJson({
            [ANSWER_KEY[api]]: unique.map((id) => ({
              CurrentState: ec2State(stateOf(after.instances, id)),
              InstanceId: id,
              PreviousState: ec2State(stateOf(before.instances, id)),
            })),
          });
        },
        () =>
          instanceIdHint(
            state,
            unique.find((id) => !state.instances.some((instance) => instance.id === id)),
          ),
      );
    },
  };
}

export const EC2_INSTANCE_OPERATIONS: readonly Operation[] = [
  runInstances,
  describeInstances,
  stateChange('terminate-instances', 'TerminateInstances', 'terminate instances (their tasks stop)'),
  stateChange('stop-instances', 'StopInstances', 'stop instances (the agent disconnects)'),
  stateChange('start-instances', 'StartInstances', 'start stopped instances again'),
];
