import { describe, expect, it } from 'vitest';
import { ecs, ECS_AMI } from '../testing/ecs-driver';
import { nginxBridge } from '../testing/fixtures';

const launch = (overrides: Record<string, unknown> = {}) => ({
  type: 'RunInstances' as const,
  count: 1,
  instanceType: 'm5.large',
  imageId: ECS_AMI,
  instanceProfile: 'ecsInstanceRole',
  userData: null,
  subnetId: null,
  ...overrides,
});

describe('container instance registration', () => {
  it('registers an ECS-optimized instance into default with vCPUs × 1024 units and less memory than nominal (§1.2, §1.3)', () => {
    const d = ecs().send(launch()).wait('90s');
    const [ci] = d.state.containerInstances;
    expect(ci).toMatchObject({ cluster: 'default', status: 'ACTIVE', agentConnected: true });
    expect(ci?.registered.cpu).toBe(2048);
    expect(ci?.registered.memory).toBeLessThan(8192);
    expect(ci?.registered.memory).toBe(7985);
    expect(ci?.registered.ports).toEqual([22, 2375, 2376, 51678, 51679]);
    expect(ci?.attributes['ecs.availability-zone']).toMatch(/^us-east-1[abc]$/);
    expect(d.state.clusters.map((c) => c.name)).toEqual(['default']);
  });

  it('subtracts ECS_RESERVED_MEMORY and joins the cluster named in user data (§1.3)', () => {
    const d = ecs()
      .cluster('web')
      .send(launch({ userData: '#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config\necho ECS_RESERVED_MEMORY=256 >> /etc/ecs/ecs.config' }))
      .wait('90s');
    expect(d.state.containerInstances[0]).toMatchObject({ cluster: 'web' });
    expect(d.state.containerInstances[0]?.registered.memory).toBe(7985 - 256);
  });

  it('does not register without an instance role that allows ecs:RegisterContainerInstance, and registers once the policy is attached', () => {
    let d = ecs().send(launch({ instanceProfile: 'ssmOnlyInstanceRole' })).wait('90s');
    expect(d.state.containerInstances).toHaveLength(0);
    expect(d.session.events.map((e) => e.message).join('\n')).toContain(
      'is not authorized to perform: ecs:RegisterContainerInstance on resource: arn:aws:ecs:us-east-1:123456789012:cluster/default',
    );
    d = d
      .send({ type: 'AttachRolePolicy', roleName: 'ssmOnlyInstanceRole', policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role' })
      .wait('61s');
    expect(d.state.containerInstances).toHaveLength(1);
  });

  it('reports missing credentials when launched without an instance profile', () => {
    const d = ecs().send(launch({ instanceProfile: null })).wait('90s');
    expect(d.state.instances[0]?.agentError).toContain('NoCredentialProviders');
  });

  it('refuses to register into a cluster that does not exist, except default which the agent creates (§1.1)', () => {
    const d = ecs().send(launch({ userData: 'echo ECS_CLUSTER=prod >> /etc/ecs/ecs.config' })).wait('90s');
    expect(d.state.instances[0]?.agentError).toContain('ClusterNotFoundException: Cluster not found.');
    expect(d.cluster('prod').wait('61s').state.containerInstances[0]?.cluster).toBe('prod');
  });

  it('never registers an instance from an AMI without the agent', () => {
    const d = ecs().send(launch({ imageId: 'ami-0453ec754f44f9a4a' })).wait('5m');
    expect(d.state.instances[0]?.state).toBe('running');
    expect(d.state.containerInstances).toHaveLength(0);
  });

  it('resolves the ECS-optimized AMI from its public SSM parameter', () => {
    const d = ecs().send(launch({ imageId: 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id' }));
    expect(d.lastError).toBeUndefined();
    expect(d.state.instances[0]?.imageId).toBe(ECS_AMI);
  });

  it.each([
    [{ instanceType: 'm5.larg' }, 'InvalidParameterValue', "Invalid value 'm5.larg' for InstanceType."],
    [{ imageId: 'ami-123' }, 'InvalidAMIID.Malformed', 'Invalid id: "ami-123" (expecting "ami-...")'],
    [{ instanceType: 'm6g.large' }, 'InvalidParameterValue', "The architecture 'arm64' of the specified instance type does not match"],
    [{ instanceProfile: 'nope' }, 'InvalidParameterValue', 'Value (nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name'],
    [{ subnetId: 'subnet-0123' }, 'InvalidSubnetID.NotFound', "The subnet ID 'subnet-0123' does not exist"],
  ])('refuses %o with EC2’s error', (overrides, code, message) => {
    const d = ecs().send(launch(overrides));
    expect(d.lastError?.code).toBe(code);
    expect(d.lastError?.message).toContain(message);
    expect(d.state.instances).toHaveLength(0);
  });
});

describe('instances going away (§1.4, §5.9)', () => {
  it('stops the tasks of a terminated instance with ECS’s reason and makes its container instance INACTIVE', () => {
    let d = ecs().withInstances(1).register(nginxBridge).runTask('nginx', 2).wait('30s');
    const instanceId = d.state.instances[0]?.id ?? '';
    d = d.send({ type: 'TerminateInstances', ids: [instanceId] }).wait('30s');
    expect(d.state.tasks.map((t) => [t.lastStatus, t.stoppedReason])).toEqual([
      ['STOPPED', `Host EC2 (instance ${instanceId}) stopped/terminated`],
      ['STOPPED', `Host EC2 (instance ${instanceId}) stopped/terminated`],
    ]);
    expect(d.state.containerInstances[0]).toMatchObject({ status: 'INACTIVE', agentConnected: false });
    expect(d.wait('61m').state.containerInstances).toHaveLength(0);
  });

  it('keeps a stopped instance ACTIVE with its agent disconnected, and reconnects it when started', () => {
    let d = ecs().withInstances(1);
    const id = d.state.instances[0]?.id ?? '';
    d = d.send({ type: 'StopInstances', ids: [id] }).wait('1m');
    expect(d.state.containerInstances[0]).toMatchObject({ status: 'ACTIVE', agentConnected: false });
    d = d.send({ type: 'StartInstances', ids: [id] }).wait('90s');
    expect(d.state.containerInstances).toHaveLength(1);
    expect(d.state.containerInstances[0]).toMatchObject({ status: 'ACTIVE', agentConnected: true });
  });

  it('places nothing on a DRAINING instance but leaves its standalone tasks running (§1.4)', () => {
    let d = ecs().withInstances(1).register(nginxBridge).runTask('nginx').wait('30s');
    const ci = d.state.containerInstances[0]?.id ?? '';
    d = d.send({ type: 'UpdateContainerInstancesState', containerInstances: [ci], status: 'DRAINING' }).runTask('nginx');
    expect(d.lastResponse).toMatchObject({ failures: [{ reason: expect.stringMatching(/.+/) as unknown }] });
    expect(d.state.tasks.filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(1);
  });

  it('refuses to deregister an instance with tasks unless forced, then stops them (§1.4)', () => {
    let d = ecs().withInstances(1).register(nginxBridge).runTask('nginx').wait('30s');
    const ci = d.state.containerInstances[0]?.id ?? '';
    d = d.send({ type: 'DeregisterContainerInstance', containerInstance: ci });
    expect(d.lastError?.code).toBe('InvalidParameterException');
    d = d.send({ type: 'DeregisterContainerInstance', containerInstance: ci, force: true });
    expect(d.state.tasks[0]).toMatchObject({ lastStatus: 'STOPPED', stoppedReason: 'Container instance deregistration forced by user' });
    expect(d.state.containerInstances[0]?.status).toBe('INACTIVE');
  });
});
