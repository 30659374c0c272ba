import { EC2_FILTERS, LAUNCH_TEMPLATE_DATA, TAG_SPECIFICATIONS } from '../args/service-shapes';
import { ACCOUNT_ID, REGION } from '../../../sim/ecs/catalog';
import type { Subnet } from '../../../sim/ecs/types';
import { awsJson } from '../format/aws-json';
import { launchTemplateJson } from '../format/autoscaling-json';
import { MAP_PUBLIC_IP_ON_LAUNCH } from '../format/instance-json';
import { decodeUserData } from '../args/input-adapter';
import {
  apiError,
  dispatch,
  param,
  printJson,
  record,
  records,
  str,
  strings,
  type Operation,
} from '../operation';

/** `aws ec2` subnets of the default VPC and launch templates (for Auto Scaling groups). */

/** Availability Zone ids are per account; these are this account's. */
const AZ_IDS: Readonly<Record<string, string>> = {
  'us-east-1a': 'use1-az1',
  'us-east-1b': 'use1-az2',
  'us-east-1c': 'use1-az4',
};

/** A default subnet, or one made with CreateSubnet (not default, no public IPv4 on launch; `pending` in its create answer). */
export function subnetJson(subnet: Subnet, state: 'available' | 'pending' = 'available'): Record<string, unknown> {
  const made = subnet.defaultForAz === false;
  const prefix = Number(subnet.cidr.split('/')[1] ?? 20);
  return {
    AvailabilityZone: subnet.az,
    AvailabilityZoneId: AZ_IDS[subnet.az] ?? 'use1-az1',
    // AWS keeps five addresses of every subnet.
    AvailableIpAddressCount: made ? 2 ** (32 - prefix) - 5 : 4091,
    CidrBlock: subnet.cidr,
    DefaultForAz: !made,
    MapPublicIpOnLaunch: made ? false : MAP_PUBLIC_IP_ON_LAUNCH,
    MapCustomerOwnedIpOnLaunch: false,
    State: state,
    SubnetId: subnet.id,
    VpcId: subnet.vpcId,
    OwnerId: ACCOUNT_ID,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    SubnetArn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:subnet/${subnet.id}`,
    EnableDns64: false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: {
      HostnameType: 'ip-name',
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
  };
}

function matches(subnet: Subnet, filter: Readonly<Record<string, unknown>>): boolean {
  const values = strings(filter, 'Values') ?? [];
  switch (str(filter, 'Name')) {
    case 'vpc-id':
      return values.includes(subnet.vpcId);
    case 'availability-zone':
      return values.includes(subnet.az);
    case 'default-for-az':
      return values.includes(String(subnet.defaultForAz !== false));
    case 'subnet-id':
      return values.includes(subnet.id);
    default:
      return true;
  }
}

const describeSubnets: Operation = {
  name: 'describe-subnets',
  api: 'DescribeSubnets',
  summary: "list the default VPC's subnets (one default subnet per Availability Zone, and any you made)",
  params: [
    param('--subnet-ids', 'SubnetIds', 'strings'),
    param('--filters', 'Filters', 'list', false, EC2_FILTERS),
  ],
  run(input, { state }) {
    const ids = strings(input, 'SubnetIds');
    const missing = ids?.find((id) => !state.subnets.some((subnet) => subnet.id === id));
    if (missing !== undefined)
      return apiError(
        'DescribeSubnets',
        'InvalidSubnetID.NotFound',
        `The subnet ID '${missing}' does not exist`,
        `subnets here: ${state.subnets.map((subnet) => subnet.id).join(', ')}.`,
      );
    const filters = records(input['Filters']) ?? [];
    return printJson({
      Subnets: state.subnets
        .filter(
          (subnet) =>
            (ids === undefined || ids.includes(subnet.id)) && filters.every((f) => matches(subnet, f)),
        )
        .map((subnet) => subnetJson(subnet)),
    });
  },
};

const createLaunchTemplate: Operation = {
  name: 'create-launch-template',
  api: 'CreateLaunchTemplate',
  summary: 'save instance settings (AMI, type, profile, base64 user data) for an Auto Scaling group',
  params: [
    param('--launch-template-name', 'LaunchTemplateName', 'string', true),
    param('--version-description', 'VersionDescription', 'string'),
    param('--launch-template-data', 'LaunchTemplateData', 'structure', true, LAUNCH_TEMPLATE_DATA),
    param('--tag-specifications', 'TagSpecifications', 'list', false, TAG_SPECIFICATIONS),
  ],
  run(input, { state }) {
    const name = str(input, 'LaunchTemplateName') ?? '';
    const data = record(input['LaunchTemplateData']) ?? {};
    const profile = record(data['IamInstanceProfile']);
    const profileArn = profile === undefined ? undefined : str(profile, 'Arn');
    const encoded = str(data, 'UserData');
    // UserData in a launch template must already be base64 (the CLI encodes it only for RunInstances).
    const userData = encoded === undefined ? null : decodeUserData(encoded);
    if (encoded !== undefined && userData === null)
      return apiError(
        'CreateLaunchTemplate',
        'InvalidUserData.Malformed',
        'Invalid BASE64 encoding of user data.',
        'encode the script first, e.g. base64 -w0 user-data.sh, and put the result in "UserData".',
      );
    return dispatch(
      'CreateLaunchTemplate',
      {
        type: 'CreateLaunchTemplate',
        name,
        imageId: str(data, 'ImageId') ?? '',
        instanceType: str(data, 'InstanceType') ?? '',
        instanceProfile:
          (profile === undefined ? undefined : str(profile, 'Name')) ??
          profileArn?.slice(profileArn.lastIndexOf('/') + 1) ??
          null,
        userData,
      },
      ({ after }) => {
        const template = after.launchTemplates.find((candidate) => candidate.name === name);
        return awsJson({ LaunchTemplate: template === undefined ? null : launchTemplateJson(template) });
      },
      () => (state.launchTemplates.some((t) => t.name === name) ? 'that name is taken; pick another.' : null),
    );
  },
};

export const EC2_NETWORK_OPERATIONS: readonly Operation[] = [describeSubnets, createLaunchTemplate];
