import type { CommandError, Json } from '../../core/types';
import type { EcsCommandOf } from '../commands';
import { ec2StyleId } from '../ids';
import type { NatGateway, VpcEndpoint } from '../types';
import { draw, emit, refused, type World } from '../world';
import { setNetwork, vpcNotFound } from './subnets';
import { ENDPOINT_SERVICES, NETWORK_TIMINGS, networkOf, privateDnsDomain } from './vpc';

/**
 * AllocateAddress, CreateNatGateway and CreateVpcEndpoint. A NAT gateway is `pending` for a few
 * simulated minutes, then `available`; a gateway endpoint is `available` at once and an interface
 * endpoint after a minute or so (network/vpc.ts). Texts marked (unconfirmed) were composed.
 */
type Result = { response: Json } | CommandError;

export function allocateAddress(world: World): Result {
  const allocationId = ec2StyleId(world, 'eipalloc');
  setNetwork(world, (n) => ({ ...n, elasticIps: [...n.elasticIps, { allocationId, natGatewayId: null }] }));
  emit(world, 'address-allocated', 'info', `EC2: Elastic IP ${allocationId} allocated`);
  return { response: { allocationId } };
}

/**
 * A public NAT gateway in `subnetId` with the Elastic IP. A bad or taken allocation does not fail
 * the call: the gateway is created and ends `failed` with the failureCode and failureMessage the
 * EC2 API reference documents for `NatGateway`.
 */
export function createNatGateway(world: World, command: EcsCommandOf<'CreateNatGateway'>): Result {
  const subnet = world.subnets.find((s) => s.id === command.subnetId);
  if (subnet === undefined)
    return refused(world, 'InvalidSubnetID.NotFound', `The subnet ID '${command.subnetId}' does not exist`);
  // A public NAT gateway needs an Elastic IP (CLI example "To create a public NAT gateway"); the text is unconfirmed.
  if (command.allocationId === null)
    return refused(
      world,
      'MissingParameter',
      'The request must contain the parameter AllocationId for a public NAT gateway.',
    );
  const network = networkOf(world);
  const address = network.elasticIps.find((a) => a.allocationId === command.allocationId);
  const id = ec2StyleId(world, 'nat');
  const failure =
    address === undefined
      ? {
          code: 'InvalidAllocationID.NotFound',
          message: `Elastic IP address ${command.allocationId} could not be associated with this NAT gateway`,
        }
      : address.natGatewayId !== null
        ? {
            code: 'Resource.AlreadyAssociated',
            message: `Elastic IP address ${command.allocationId} is already associated`,
          }
        : undefined;
  const nat: NatGateway = {
    id,
    vpcId: subnet.vpcId,
    subnetId: subnet.id,
    allocationId: command.allocationId,
    createdAt: world.now,
    availableAt: world.now + draw(world, NETWORK_TIMINGS.natGateway),
    ...(failure === undefined ? {} : { failure }),
  };
  setNetwork(world, (n) => ({
    ...n,
    natGateways: [...n.natGateways, nat],
    elasticIps: n.elasticIps.map((a) =>
      failure === undefined && a.allocationId === command.allocationId ? { ...a, natGatewayId: id } : a,
    ),
  }));
  emit(world, 'nat-gateway-created', 'info', `VPC: NAT gateway ${id} pending in ${subnet.id} (${subnet.az})`);
  return { response: { natGatewayId: id } };
}

function endpointProblem(world: World, command: EcsCommandOf<'CreateVpcEndpoint'>): CommandError | null {
  const types = ENDPOINT_SERVICES[command.serviceName];
  // The API's text for an unknown service (unconfirmed).
  if (types === undefined)
    return refused(
      world,
      'InvalidServiceName',
      `The Vpc Endpoint Service '${command.serviceName}' does not exist`,
    );
  // Observed (public Terraform and CloudFormation reports): the CLI's default type is Gateway.
  if (!(types as readonly string[]).includes(command.endpointType))
    return refused(
      world,
      'InvalidParameter',
      `Endpoint type (${command.endpointType}) does not match available service types ([${types.join(', ')}]).`,
    );
  const network = networkOf(world);
  if (command.endpointType === 'Gateway') {
    const table = command.routeTableIds.find((id) => !network.routeTables.some((t) => t.id === id));
    if (table !== undefined)
      return refused(world, 'InvalidRouteTableId.NotFound', `The routeTable ID '${table}' does not exist`);
    const taken = command.routeTableIds.find((id) =>
      network.endpoints.some((e) => e.serviceName === command.serviceName && e.routeTableIds.includes(id)),
    );
    // A route table routes a prefix list to one endpoint (unconfirmed text).
    if (taken !== undefined)
      return refused(
        world,
        'RouteAlreadyExists',
        `route table ${taken} already has a route with destination-prefix-list-id for ${command.serviceName}`,
      );
    return null;
  }
  const subnets = command.subnetIds.map((id) => world.subnets.find((s) => s.id === id));
  const unknown = command.subnetIds.find((_, index) => subnets[index] === undefined);
  if (unknown !== undefined)
    return refused(world, 'InvalidSubnetID.NotFound', `The subnet ID '${unknown}' does not exist`);
  const azs = subnets.map((s) => s?.az);
  const twice = command.subnetIds.find((_, index) => azs.indexOf(azs[index]) !== index);
  // One endpoint network interface per Availability Zone (unconfirmed text).
  if (twice !== undefined)
    return refused(
      world,
      'InvalidParameter',
      `Found another VPC endpoint subnet in the availability zone of ${twice}. VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.`,
    );
  const privateDns = command.privateDnsEnabled ?? true;
  // Observed (CloudFormation's error for a second logs endpoint): one private DNS name per VPC.
  if (
    privateDns &&
    network.endpoints.some((e) => e.serviceName === command.serviceName && e.privateDnsEnabled)
  )
    return refused(
      world,
      'InvalidParameter',
      `private-dns-enabled cannot be set because there is already a conflicting DNS domain for ${privateDnsDomain(command.serviceName)} in the VPC ${command.vpcId}`,
    );
  return null;
}

/**
 * An interface endpoint (ENIs in the given subnets; with private DNS, on by default, the service's
 * usual host name resolves to them everywhere in the VPC) or a gateway endpoint (a route to the
 * service's prefix list in the given route tables).
 */
export function createVpcEndpoint(world: World, command: EcsCommandOf<'CreateVpcEndpoint'>): Result {
  const missing = vpcNotFound(world, command.vpcId);
  if (missing !== null) return missing;
  const problem = endpointProblem(world, command);
  if (problem !== null) return problem;
  const gateway = command.endpointType === 'Gateway';
  const endpoint: VpcEndpoint = {
    id: ec2StyleId(world, 'vpce'),
    vpcId: command.vpcId,
    serviceName: command.serviceName,
    type: gateway ? 'Gateway' : 'Interface',
    subnetIds: gateway ? [] : [...command.subnetIds],
    routeTableIds: gateway ? [...command.routeTableIds] : [],
    privateDnsEnabled: !gateway && (command.privateDnsEnabled ?? true),
    createdAt: world.now,
    availableAt: gateway ? world.now : world.now + draw(world, NETWORK_TIMINGS.interfaceEndpoint),
  };
  setNetwork(world, (n) => ({ ...n, endpoints: [...n.endpoints, endpoint] }));
  emit(
    world,
    'vpc-endpoint-created',
    'info',
    `VPC: ${endpoint.type.toLowerCase()} endpoint ${endpoint.id} for ${endpoint.serviceName} ${gateway ? 'available' : 'pending'}`,
  );
  return { response: { vpcEndpointId: endpoint.id } };
}
