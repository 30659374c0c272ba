import { describe, expect, it } from 'vitest';
import { VPC_ID } from '../catalog';
import type { EcsCommandOf } from '../commands';
import { ecs } from '../testing/ecs-driver';
import { defaultRouteTarget, endpointServiceName, INTERNET_GATEWAY_ID, natGatewayState, networkOf } from '.';

const subnet = (
  cidrBlock: string,
  availabilityZone: string | null = 'us-east-1b',
): EcsCommandOf<'CreateSubnet'> => ({
  type: 'CreateSubnet',
  vpcId: VPC_ID,
  cidrBlock,
  availabilityZone,
});

describe('createSubnet', () => {
  it('makes a subnet that uses the main route table, so its default route is the internet gateway', () => {
    const d = ecs().send(subnet('172.31.96.0/24'));
    const id = (d.lastResponse as { subnetId: string }).subnetId;
    expect(d.state.subnets.find((s) => s.id === id)).toMatchObject({
      az: 'us-east-1b',
      cidr: '172.31.96.0/24',
      defaultForAz: false,
    });
    expect(defaultRouteTarget(networkOf(d.state), id)).toBe(INTERNET_GATEWAY_ID);
  });

  it("refuses a block outside the VPC, one that overlaps, and an unknown zone in EC2's words", () => {
    expect(ecs().send(subnet('10.0.1.0/24')).lastError).toEqual({
      code: 'InvalidSubnet.Range',
      message: "The CIDR '10.0.1.0/24' is invalid.",
    });
    expect(ecs().send(subnet('172.31.0.0/24')).lastError).toEqual({
      code: 'InvalidSubnet.Conflict',
      message: "The CIDR '172.31.0.0/24' conflicts with another subnet",
    });
    expect(ecs().send(subnet('172.31.96.0/24', 'us-east-1z')).lastError?.message).toBe(
      'Value (us-east-1z) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: us-east-1a, us-east-1b, us-east-1c.',
    );
    expect(ecs().send({ ...subnet('172.31.96.0/24'), vpcId: 'vpc-1' }).lastError?.code).toBe(
      'InvalidVpcID.NotFound',
    );
  });

  it('hands out addresses inside the new block', () => {
    const d = ecs()
      .cluster('default')
      .send(subnet('172.31.96.0/24'))
      .register({
        family: 'x',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [{ name: 'x', image: 'nginx' }],
      });
    const id = d.state.subnets.at(-1)?.id ?? '';
    const run = d.runTask('x', 1, {
      launchType: 'FARGATE',
      networkConfiguration: { subnets: [id], securityGroups: [], assignPublicIp: 'DISABLED' },
    });
    expect(run.tasks()[0]?.eni?.privateIp).toMatch(/^172\.31\.96\.\d+$/);
  });
});

describe('route tables', () => {
  it('makes a subnet private by associating a table without a default route, then routes it to a NAT gateway', () => {
    const made = ecs().send(subnet('172.31.96.0/24'));
    const id = (made.lastResponse as { subnetId: string }).subnetId;
    const tabled = made.send({ type: 'CreateRouteTable', vpcId: VPC_ID });
    const table = (tabled.lastResponse as { routeTableId: string }).routeTableId;
    const associated = tabled.send({ type: 'AssociateRouteTable', routeTableId: table, subnetId: id });
    expect(defaultRouteTarget(networkOf(associated.state), id)).toBeNull();
    expect(
      associated.send({ type: 'AssociateRouteTable', routeTableId: table, subnetId: id }).lastError?.code,
    ).toBe('Resource.AlreadyAssociated');
    const eip = associated.send({ type: 'AllocateAddress' });
    const nat = eip.send({
      type: 'CreateNatGateway',
      subnetId: 'subnet-0a1b2c3d4e5f60718',
      allocationId: (eip.lastResponse as { allocationId: string }).allocationId,
    });
    const natId = (nat.lastResponse as { natGatewayId: string }).natGatewayId;
    const routed = nat.send({
      type: 'CreateRoute',
      routeTableId: table,
      destinationCidrBlock: '0.0.0.0/0',
      gatewayId: null,
      natGatewayId: natId,
    });
    expect(defaultRouteTarget(networkOf(routed.state), id)).toBe(natId);
    expect(
      routed.send({
        type: 'CreateRoute',
        routeTableId: table,
        destinationCidrBlock: '0.0.0.0/0',
        gatewayId: INTERNET_GATEWAY_ID,
        natGatewayId: null,
      }).lastError,
    ).toEqual({
      code: 'RouteAlreadyExists',
      message: 'The route identified by 0.0.0.0/0 already exists.',
    });
  });
});

describe('createNatGateway', () => {
  it('is pending for a minute or more, then available', () => {
    const eip = ecs().send({ type: 'AllocateAddress' });
    const allocationId = (eip.lastResponse as { allocationId: string }).allocationId;
    const d = eip.send({ type: 'CreateNatGateway', subnetId: 'subnet-0a1b2c3d4e5f60718', allocationId });
    const nat = networkOf(d.state).natGateways[0];
    if (nat === undefined) throw new Error('no NAT gateway');
    expect(natGatewayState(nat, d.wait('59s').state.now)).toBe('pending');
    expect(natGatewayState(nat, d.wait('3m').state.now)).toBe('available');
  });

  it('fails (state failed, with the documented failure code) for an unknown Elastic IP', () => {
    const d = ecs().send({
      type: 'CreateNatGateway',
      subnetId: 'subnet-0a1b2c3d4e5f60718',
      allocationId: 'eipalloc-0123456789abcdef0',
    });
    const nat = networkOf(d.state).natGateways[0];
    expect(nat?.failure).toEqual({
      code: 'InvalidAllocationID.NotFound',
      message: 'Elastic IP address eipalloc-0123456789abcdef0 could not be associated with this NAT gateway',
    });
    if (nat !== undefined) expect(natGatewayState(nat, d.wait('3m').state.now)).toBe('failed');
  });
});

describe('createVpcEndpoint', () => {
  const endpoint = (
    service: string,
    endpointType: 'Interface' | 'Gateway',
  ): EcsCommandOf<'CreateVpcEndpoint'> => ({
    type: 'CreateVpcEndpoint',
    vpcId: VPC_ID,
    serviceName: endpointServiceName(service),
    endpointType,
    subnetIds: endpointType === 'Interface' ? ['subnet-0a1b2c3d4e5f60718'] : [],
    routeTableIds: [],
    privateDnsEnabled: null,
  });

  it('refuses a gateway endpoint for ECR (the CLI’s default type) in the words AWS uses', () => {
    expect(ecs().send(endpoint('ecr.dkr', 'Gateway')).lastError).toEqual({
      code: 'InvalidParameter',
      message: 'Endpoint type (Gateway) does not match available service types ([Interface]).',
    });
  });

  it('refuses a second endpoint with private DNS for the same service', () => {
    const d = ecs().send(endpoint('ecr.api', 'Interface')).send(endpoint('ecr.api', 'Interface'));
    expect(d.lastError?.message).toBe(
      `private-dns-enabled cannot be set because there is already a conflicting DNS domain for api.ecr.us-east-1.amazonaws.com in the VPC ${VPC_ID}`,
    );
  });
});
