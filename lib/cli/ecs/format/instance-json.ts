import {
  ACCOUNT_ID,
  DEFAULT_SECURITY_GROUP,
  VPC_ID,
  amiSpec,
  instanceTypeSpec,
} from '../../../sim/ecs/catalog';
import type { Ec2Instance, Ec2StateName } from '../../../sim/ecs/types';
import { awsTimestamp } from '../../vm/aws-format';
import { derivedHex, derivedMac, derivedUuid, privateDnsName } from './derived-ids';

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

/** Every subnet of the simulated default VPC maps a public IPv4 address on launch (`ec2-network.ts`). */
export const MAP_PUBLIC_IP_ON_LAUNCH = true;

/** A public IPv4 address for a running instance in a default subnet, derived from its id. */
export function publicIpOf(instanceId: string): string {
  const h = derivedHex(`public-ip:${instanceId}`, 6);
  const byte = (index: number): number => parseInt(h.slice(index * 2, index * 2 + 2), 16);
  return `54.${byte(0)}.${byte(1)}.${1 + (byte(2) % 254)}`;
}

/** `ec2-54-1-2-3.compute-1.amazonaws.com` (us-east-1's public DNS names). */
export function publicDnsNameOf(ip: string): string {
  return `ec2-${ip.replaceAll('.', '-')}.compute-1.amazonaws.com`;
}

/** Physical cores × threads: Graviton (arm64) has one thread per core, the others two. */
function cpuOptions(instance: Ec2Instance, architecture: string): Record<string, number> {
  const vcpu = instanceTypeSpec(instance.instanceType)?.vcpu ?? 2;
  const threads = architecture === 'arm64' ? 1 : 2;
  return { CoreCount: Math.max(1, vcpu / threads), ThreadsPerCore: threads };
}

function networkInterfaces(instance: Ec2Instance, publicIp: string | null): Record<string, unknown>[] {
  const eni = `eni-${derivedHex(`eni:${instance.id}`, 17)}`;
  const dns = privateDnsName(instance.privateIp);
  const association =
    publicIp === null
      ? {}
      : {
          Association: { IpOwnerId: 'amazon', PublicDnsName: publicDnsNameOf(publicIp), PublicIp: publicIp },
        };
  return [
    {
      ...association,
      Attachment: {
        AttachTime: awsTimestamp(instance.launchedAt),
        AttachmentId: `eni-attach-${derivedHex(`eni-attach:${instance.id}`, 17)}`,
        DeleteOnTermination: true,
        DeviceIndex: 0,
        Status: instance.state === 'pending' ? 'attaching' : 'attached',
        NetworkCardIndex: 0,
      },
      Description: '',
      Groups: [{ GroupName: 'default', GroupId: DEFAULT_SECURITY_GROUP }],
      Ipv6Addresses: [],
      MacAddress: derivedMac(eni),
      NetworkInterfaceId: eni,
      OwnerId: ACCOUNT_ID,
      PrivateDnsName: dns,
      PrivateIpAddress: instance.privateIp,
      PrivateIpAddresses: [
        { ...association, Primary: true, PrivateDnsName: dns, PrivateIpAddress: instance.privateIp },
      ],
      SourceDestCheck: true,
      Status: 'in-use',
      SubnetId: instance.subnetId,
      VpcId: VPC_ID,
      InterfaceType: 'interface',
    },
  ];
}

/**
 * Keys in the order of current CLI output (run-instances / describe-instances). A public address
 * comes with the running state (a pending instance shows none yet) and goes when it stops.
 */
export function instanceJson(instance: Ec2Instance): Record<string, unknown> {
  const gone = instance.state === 'terminated';
  const pending = instance.state === 'pending';
  const architecture =
    amiSpec(instance.imageId)?.architecture ??
    instanceTypeSpec(instance.instanceType)?.architecture ??
    'x86_64';
  const publicIp = MAP_PUBLIC_IP_ON_LAUNCH && instance.state === 'running' ? publicIpOf(instance.id) : null;
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
    PublicDnsName: publicIp === null ? '' : publicDnsNameOf(publicIp),
    ...(publicIp === null ? {} : { PublicIpAddress: publicIp }),
    State: ec2State(instance.state),
    StateTransitionReason: instance.stateReason,
    ...(gone ? {} : { SubnetId: instance.subnetId, VpcId: VPC_ID }),
    Architecture: architecture,
    BlockDeviceMappings:
      pending || gone
        ? []
        : [
            {
              DeviceName: '/dev/xvda',
              Ebs: {
                AttachTime: awsTimestamp(instance.launchedAt),
                DeleteOnTermination: true,
                Status: 'attached',
                VolumeId: `vol-${derivedHex(`vol:${instance.id}`, 17)}`,
              },
            },
          ],
    ClientToken: derivedUuid(`client-token:${instance.reservationId}`),
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
    NetworkInterfaces: gone ? [] : networkInterfaces(instance, publicIp),
    RootDeviceName: '/dev/xvda',
    RootDeviceType: 'ebs',
    SecurityGroups: gone ? [] : [{ GroupName: 'default', GroupId: DEFAULT_SECURITY_GROUP }],
    SourceDestCheck: true,
    ...(pending ? { StateReason: { Code: 'pending', Message: 'pending' } } : {}),
    VirtualizationType: 'hvm',
    CpuOptions: cpuOptions(instance, architecture),
    // AL2023 AMIs (every AMI in the catalog) register with ImdsSupport v2.0: IMDSv2 only, hop
    // limit 2. Unconfirmed for the ECS-optimized variants.
    MetadataOptions: {
      State: pending ? 'pending' : 'applied',
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 2,
      HttpEndpoint: 'enabled',
      HttpProtocolIpv6: 'disabled',
      InstanceMetadataTags: 'disabled',
    },
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
