import { describe, expect, it } from 'vitest';
import type { Ec2Instance } from '../../../sim/ecs/types';
import { instanceJson, publicIpOf } from './instance-json';

const INSTANCE: Ec2Instance = {
  id: 'i-0123456789abcdef0',
  reservationId: 'r-0123456789abcdef0',
  instanceType: 'm5.large',
  imageId: 'ami-0c5ee9a4b1f2d3e48',
  launchIndex: 0,
  subnetId: 'subnet-0a1b2c3d4e5f60718',
  az: 'us-east-1a',
  privateIp: '172.31.5.9',
  launchedAt: 0,
  state: 'pending',
  stateReason: '',
  instanceProfile: 'ecsInstanceRole',
  ecsCluster: 'default',
  reservedMemoryMiB: 0,
  customAttributes: {},
  agent: 'none',
  agentError: null,
  autoScalingGroup: null,
  nextAt: null,
};

const RUNNING: Ec2Instance = { ...INSTANCE, state: 'running' };

describe('instanceJson', () => {
  it('follows the key order of current describe-instances output', () => {
    const keys = Object.keys(instanceJson(RUNNING));
    expect(keys).toEqual([
      'AmiLaunchIndex',
      'ImageId',
      'InstanceId',
      'InstanceType',
      'LaunchTime',
      'Monitoring',
      'Placement',
      'PrivateDnsName',
      'PrivateIpAddress',
      'ProductCodes',
      'PublicDnsName',
      'PublicIpAddress',
      'State',
      'StateTransitionReason',
      'SubnetId',
      'VpcId',
      'Architecture',
      'BlockDeviceMappings',
      'ClientToken',
      'EbsOptimized',
      'EnaSupport',
      'Hypervisor',
      'IamInstanceProfile',
      'NetworkInterfaces',
      'RootDeviceName',
      'RootDeviceType',
      'SecurityGroups',
      'SourceDestCheck',
      'VirtualizationType',
      'CpuOptions',
      'MetadataOptions',
    ]);
  });

  it('gives a running instance in a default subnet a public IP, DNS name and ENI association', () => {
    const json = instanceJson(RUNNING);
    const ip = publicIpOf(RUNNING.id);
    expect(ip).toMatch(/^54\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
    expect(json['PublicIpAddress']).toBe(ip);
    expect(json['PublicDnsName']).toBe(`ec2-${ip.replaceAll('.', '-')}.compute-1.amazonaws.com`);
    expect(json['NetworkInterfaces']).toMatchObject([
      {
        Association: { IpOwnerId: 'amazon', PublicIp: ip },
        Attachment: { DeviceIndex: 0, Status: 'attached' },
        PrivateIpAddress: '172.31.5.9',
        SubnetId: RUNNING.subnetId,
        VpcId: json['VpcId'],
        PrivateIpAddresses: [{ Association: { PublicIp: ip }, Primary: true }],
      },
    ]);
    expect(json['BlockDeviceMappings']).toMatchObject([
      { DeviceName: '/dev/xvda', Ebs: { Status: 'attached', DeleteOnTermination: true } },
    ]);
    expect(json['MetadataOptions']).toMatchObject({ State: 'applied' });
    expect(json['CpuOptions']).toEqual({ CoreCount: 1, ThreadsPerCore: 2 });
    expect(Object.keys(json)).not.toContain('StateReason');
  });

  it('shows a pending instance with its ENI attaching, no public IP or volumes, and StateReason pending', () => {
    const json = instanceJson(INSTANCE);
    expect(json['PublicDnsName']).toBe('');
    expect(Object.keys(json)).not.toContain('PublicIpAddress');
    expect(json['BlockDeviceMappings']).toEqual([]);
    expect(json['StateReason']).toEqual({ Code: 'pending', Message: 'pending' });
    const keys = Object.keys(json);
    expect(keys.indexOf('StateReason')).toBe(keys.indexOf('SourceDestCheck') + 1);
    const [eni] = json['NetworkInterfaces'] as Record<string, unknown>[];
    expect(Object.keys(eni ?? {})).not.toContain('Association');
    expect(eni).toMatchObject({ Attachment: { Status: 'attaching' }, PrivateIpAddress: '172.31.5.9' });
    expect(json['MetadataOptions']).toMatchObject({ State: 'pending' });
  });

  it('uses a dashed UUID client token, the same for one reservation', () => {
    const token = instanceJson(INSTANCE)['ClientToken'];
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(instanceJson({ ...RUNNING, id: 'i-0fedcba9876543210' })['ClientToken']).toBe(token);
  });
});
