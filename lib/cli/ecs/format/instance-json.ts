import {
  ACCOUNT_ID,
  DEFAULT_SECURITY_GROUP,
  VPC_ID,
  amiSpec,
  instanceTypeSpec,
} from '../../../sim/ecs/catalog';
import type { Ec2Instance, Ec2StateName } from '../../../sim/ecs/types';
import { awsTimestamp } from '../../vm/aws-format';
import { derivedHex, privateDnsName } from './derived-ids';

/**
 * An element of `Instances[]` as RunInstances and DescribeInstances return it, and `Reservations[]`
 * grouping; EC2 timestamps have whole seconds.
 */

/** EC2's documented state codes. */
export const EC2_STATE_CODES: Readonly<Record<Ec2StateName, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export function ec2State(name: Ec2StateName): { Code: number; Name: Ec2StateName } {
  return { Code: EC2_STATE_CODES[name], Name: name };
}

export function instanceProfileArn(name: string): string {
  return `arn:aws:iam::${ACCOUNT_ID}:instance-profile/${name}`;
}

export function instanceJson(instance: Ec2Instance): Record<string, unknown> {
  const gone = instance.state === 'terminated';
  const architecture =
    amiSpec(instance.imageId)?.architecture ??
    instanceTypeSpec(instance.instanceType)?.architecture ??
    'x86_64';
  return {
    AmiLaunchIndex: instance.launchIndex,
    ImageId: instance.imageId,
    InstanceId: instance.id,
    InstanceType: instance.instanceType,
    LaunchTime: awsTimestamp(instance.launchedAt),
    Monitoring: { State: 'disabled' },
    Placement: { AvailabilityZone: instance.az, GroupName: '', Tenancy: 'default' },
    PrivateDnsName: gone ? '' : privateDnsName(instance.privateIp),
    ...(gone ? {} : { PrivateIpAddress: instance.privateIp }),
    ProductCodes: [],
    PublicDnsName: '',
    State: ec2State(instance.state),
    StateTransitionReason: instance.stateReason,
    ...(gone ? {} : { SubnetId: instance.subnetId, VpcId: VPC_ID }),
    Architecture: architecture,
    BlockDeviceMappings: [],
    ClientToken: derivedHex(instance.reservationId, 32),
    EbsOptimized: false,
    EnaSupport: true,
    Hypervisor: 'xen',
    ...(instance.instanceProfile === null
      ? {}
      : {
          IamInstanceProfile: {
            Arn: instanceProfileArn(instance.instanceProfile),
            Id: `AIPA${derivedHex(instance.instanceProfile, 17).toUpperCase()}`,
          },
        }),
    RootDeviceName: '/dev/xvda',
    RootDeviceType: 'ebs',
    SecurityGroups: gone ? [] : [{ GroupName: 'default', GroupId: DEFAULT_SECURITY_GROUP }],
    SourceDestCheck: true,
    VirtualizationType: 'hvm',
  };
}

/** Groups instances into reservations, in launch order. */
export function reservationsJson(instances: readonly Ec2Instance[]): Record<string, unknown>[] {
  const order: string[] = [];
  const byReservation = new Map<string, Ec2Instance[]>();
  for (const instance of instances) {
    const group = byReservation.get(instance.reservationId);
    if (group === undefined) {
      order.push(instance.reservationId);
      byReservation.set(instance.reservationId, [instance]);
    } else group.push(instance);
  }
  return order.map((id) => ({
    Groups: [],
    Instances: (byReservation.get(id) ?? []).map(instanceJson),
    OwnerId: ACCOUNT_ID,
    ReservationId: id,
  }));
}
