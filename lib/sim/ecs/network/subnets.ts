import type { CommandError, Json } from '../../core/types';
import { DEFAULT_SUBNETS, VPC_ID } from '../catalog';
import type { EcsCommandOf } from '../commands';
import { ec2StyleId } from '../ids';
import type { RouteTable, Subnet, VpcNetwork } from '../types';
import { emit, refused, type World } from '../world';
import {
  cidrContains,
  cidrsOverlap,
  INTERNET_GATEWAY_ID,
  ipv4,
  networkOf,
  parseCidr,
  routeTableOf,
  VPC_CIDR,
} from './vpc';

/**
 * CreateSubnet, CreateRouteTable, AssociateRouteTable and CreateRoute in the default VPC. A new
 * subnet uses the main route table, whose default route goes to the internet gateway, so it is
 * public until it is associated with a route table without that route: the way to make a private
 * subnet in a default VPC. Error codes and texts are EC2's, as public error reports quote them;
 * the ones marked (unconfirmed) were composed from EC2's usual forms.
 */
type Result = { response: Json } | CommandError;

export function setNetwork(world: World, change: (network: VpcNetwork) => VpcNetwork): void {
  world.vpc = change(networkOf(world));
}

export function vpcNotFound(world: World, vpcId: string): CommandError | null {
  return vpcId === VPC_ID
    ? null
    : refused(world, 'InvalidVpcID.NotFound', `The vpc ID '${vpcId}' does not exist`);
}

const AZS: readonly string[] = DEFAULT_SUBNETS.map((s) => s.az);

/** Without --availability-zone EC2 chooses one; here, the zone with the fewest subnets (unconfirmed how EC2 picks). */
function chooseAz(world: World): string {
  const count = (az: string): number => world.subnets.filter((s) => s.az === az).length;
  return AZS.reduce((best, az) => (count(az) < count(best) ? az : best));
}

export function createSubnet(world: World, command: EcsCommandOf<'CreateSubnet'>): Result {
  const missing = vpcNotFound(world, command.vpcId);
  if (missing !== null) return missing;
  const cidr = parseCidr(command.cidrBlock);
  const vpc = parseCidr(VPC_CIDR);
  // A subnet is /16 to /28 and inside its VPC's block (EC2 User Guide, subnet sizing).
  if (cidr === null || vpc === null || cidr.prefix < 16 || cidr.prefix > 28 || !cidrContains(vpc, cidr))
    return refused(world, 'InvalidSubnet.Range', `The CIDR '${command.cidrBlock}' is invalid.`);
  if (
    world.subnets.some((s) => {
      const other = parseCidr(s.cidr);
      return other !== null && cidrsOverlap(other, cidr);
    })
  )
    return refused(
      world,
      'InvalidSubnet.Conflict',
      `The CIDR '${command.cidrBlock}' conflicts with another subnet`,
    );
  const az = command.availabilityZone ?? chooseAz(world);
  if (!AZS.includes(az))
    return refused(
      world,
      'InvalidParameterValue',
      `Value (${az}) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: ${AZS.join(', ')}.`,
    );
  const subnet: Subnet = {
    id: ec2StyleId(world, 'subnet'),
    az,
    cidr: `${ipv4(cidr.base)}/${cidr.prefix}`,
    vpcId: VPC_ID,
    available: world.subnets.find((s) => s.az === az)?.available ?? true,
    defaultForAz: false,
  };
  world.subnets.push(subnet);
  const table = routeTableOf(networkOf(world), subnet.id);
  emit(
    world,
    'subnet-created',
    'info',
    `VPC: subnet ${subnet.id} (${subnet.cidr}, ${az}) created; it uses the main route table ${table?.id ?? ''}`,
  );
  return { response: { subnetId: subnet.id } };
}

export function createRouteTable(world: World, command: EcsCommandOf<'CreateRouteTable'>): Result {
  const missing = vpcNotFound(world, command.vpcId);
  if (missing !== null) return missing;
  const table: RouteTable = {
    id: ec2StyleId(world, 'rtb'),
    vpcId: VPC_ID,
    main: false,
    routes: [],
    associations: [],
  };
  setNetwork(world, (n) => ({ ...n, routeTables: [...n.routeTables, table] }));
  emit(world, 'route-table-created', 'info', `VPC: route table ${table.id} created (local route only)`);
  return { response: { routeTableId: table.id } };
}

export function findRouteTable(world: World, id: string): RouteTable | CommandError {
  return (
    networkOf(world).routeTables.find((t) => t.id === id) ??
    refused(world, 'InvalidRouteTableID.NotFound', `The routeTable ID '${id}' does not exist`)
  );
}

export function associateRouteTable(world: World, command: EcsCommandOf<'AssociateRouteTable'>): Result {
  const table = findRouteTable(world, command.routeTableId);
  if ('code' in table) return table;
  if (!world.subnets.some((s) => s.id === command.subnetId))
    return refused(world, 'InvalidSubnetID.NotFound', `The subnet ID '${command.subnetId}' does not exist`);
  // A subnet has one explicit association; changing it is ReplaceRouteTableAssociation (unconfirmed text).
  if (networkOf(world).routeTables.some((t) => t.associations.some((a) => a.subnetId === command.subnetId)))
    return refused(
      world,
      'Resource.AlreadyAssociated',
      `the specified association for route table ${table.id} conflicts with an existing association`,
    );
  const association = { id: ec2StyleId(world, 'rtbassoc'), subnetId: command.subnetId };
  setNetwork(world, (n) => ({
    ...n,
    routeTables: n.routeTables.map((t) =>
      t.id === table.id ? { ...t, associations: [...t.associations, association] } : t,
    ),
  }));
  emit(
    world,
    'route-table-associated',
    'info',
    `VPC: subnet ${command.subnetId} now uses route table ${table.id}`,
  );
  return { response: { associationId: association.id } };
}

function routeTarget(world: World, command: EcsCommandOf<'CreateRoute'>): string | CommandError {
  const { gatewayId, natGatewayId } = command;
  // EC2's texts for no target or two targets were not found in a primary source (unconfirmed).
  if (gatewayId === null && natGatewayId === null)
    return refused(
      world,
      'MissingParameter',
      'The request must contain exactly one of gatewayId, natGatewayId, ... (a route target).',
    );
  if (gatewayId !== null && natGatewayId !== null)
    return refused(
      world,
      'InvalidParameterCombination',
      'The parameter gatewayId cannot be used with the parameter natGatewayId',
    );
  if (gatewayId !== null)
    return gatewayId === INTERNET_GATEWAY_ID
      ? gatewayId
      : refused(world, 'InvalidGatewayID.NotFound', `The gateway ID '${gatewayId}' does not exist`);
  const nat = networkOf(world).natGateways.find((g) => g.id === natGatewayId);
  return (
    nat?.id ??
    refused(world, 'InvalidNatGatewayID.NotFound', `The natGateway ID '${natGatewayId ?? ''}' does not exist`)
  );
}

export function createRoute(world: World, command: EcsCommandOf<'CreateRoute'>): Result {
  const table = findRouteTable(world, command.routeTableId);
  if ('code' in table) return table;
  const destination = parseCidr(command.destinationCidrBlock);
  if (destination === null)
    return refused(
      world,
      'InvalidParameterValue',
      `Value (${command.destinationCidrBlock}) for parameter destinationCidrBlock is invalid. This is not a valid CIDR block.`,
    );
  const target = routeTarget(world, command);
  if (typeof target !== 'string') return target;
  const cidr = `${ipv4(destination.base)}/${destination.prefix}`;
  if (table.routes.some((r) => r.destinationCidrBlock === cidr))
    return refused(world, 'RouteAlreadyExists', `The route identified by ${cidr} already exists.`);
  setNetwork(world, (n) => ({
    ...n,
    routeTables: n.routeTables.map((t) =>
      t.id === table.id ? { ...t, routes: [...t.routes, { destinationCidrBlock: cidr, target }] } : t,
    ),
  }));
  emit(world, 'route-created', 'info', `VPC: route table ${table.id} sends ${cidr} to ${target}`);
  return { response: { return: true } };
}
