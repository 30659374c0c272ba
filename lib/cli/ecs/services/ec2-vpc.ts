import { VPC_ID } from '../../../sim/ecs/catalog';
import { INTERNET_GATEWAY_ID, networkOf } from '../../../sim/ecs/network';
import type { EcsState, RouteTable } from '../../../sim/ecs/types';
import { EC2_FILTERS, TAG_SPECIFICATIONS } from '../args/service-shapes';
import { awsJson } from '../format/aws-json';
import { routeTableJson } from '../format/vpc-json';
import { apiError, dispatch, param, printJson, records, str, strings, type Operation } from '../operation';
import { subnetJson } from './ec2-network';

/**
 * `aws ec2` subnets and routing in the default VPC: create-subnet (a new subnet uses the main route
 * table, which routes 0.0.0.0/0 to the internet gateway), create-route-table (a table with only the
 * local route), associate-route-table (the way to make a subnet private), create-route (0.0.0.0/0
 * to an internet gateway or a NAT gateway) and describe-route-tables.
 */

function subnetsHint(state: EcsState): string {
  return `subnets here: ${state.subnets.map((s) => `${s.id} (${s.cidr}, ${s.az})`).join(', ')}; the VPC is ${VPC_ID} (172.31.0.0/16).`;
}

const createSubnet: Operation = {
  name: 'create-subnet',
  api: 'CreateSubnet',
  summary: 'make a subnet in the default VPC (it uses the main route table until you associate another)',
  params: [
    param('--tag-specifications', 'TagSpecifications', 'list', false, TAG_SPECIFICATIONS),
    param('--availability-zone', 'AvailabilityZone', 'string'),
    param('--cidr-block', 'CidrBlock', 'string'),
    param('--vpc-id', 'VpcId', 'string', true),
  ],
  run(input, { state }) {
    const cidrBlock = str(input, 'CidrBlock');
    // EC2's answer without an IPv4 block (unconfirmed text); IPv6-only and IPAM subnets are not simulated.
    if (cidrBlock === undefined)
      return apiError(
        'CreateSubnet',
        'MissingParameter',
        "Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided.",
        'for example --cidr-block 172.31.96.0/24 (inside 172.31.0.0/16, clear of the default subnets).',
      );
    return dispatch(
      'CreateSubnet',
      {
        type: 'CreateSubnet',
        vpcId: str(input, 'VpcId') ?? '',
        cidrBlock,
        availabilityZone: str(input, 'AvailabilityZone') ?? null,
      },
      ({ after, response }) => {
        const id = (response as { subnetId?: string } | undefined)?.subnetId;
        const subnet = after.subnets.find((s) => s.id === id);
        return awsJson({ Subnet: subnet === undefined ? null : subnetJson(subnet, 'pending') });
      },
      () => subnetsHint(state),
    );
  },
};

const createRouteTable: Operation = {
  name: 'create-route-table',
  api: 'CreateRouteTable',
  summary: 'make a route table with only the local route (for a private subnet)',
  params: [
    param('--vpc-id', 'VpcId', 'string', true),
    param('--tag-specifications', 'TagSpecifications', 'list', false, TAG_SPECIFICATIONS),
  ],
  run(input) {
    return dispatch(
      'CreateRouteTable',
      { type: 'CreateRouteTable', vpcId: str(input, 'VpcId') ?? '' },
      ({ after, response }) => {
        const id = (response as { routeTableId?: string } | undefined)?.routeTableId;
        const network = networkOf(after);
        const table = network.routeTables.find((t) => t.id === id);
        return awsJson({ RouteTable: table === undefined ? null : routeTableJson(table, network) });
      },
      () => `the default VPC is ${VPC_ID}.`,
    );
  },
};

function tablesHint(state: EcsState): string {
  return `route tables here: ${networkOf(state)
    .routeTables.map((t) => `${t.id}${t.main ? ' (main)' : ''}`)
    .join(', ')}.`;
}

const associateRouteTable: Operation = {
  name: 'associate-route-table',
  api: 'AssociateRouteTable',
  summary: 'make a subnet use a route table instead of the main one',
  params: [
    param('--gateway-id', 'GatewayId', 'string'),
    param('--route-table-id', 'RouteTableId', 'string', true),
    param('--subnet-id', 'SubnetId', 'string'),
  ],
  run(input, { state }) {
    const subnetId = str(input, 'SubnetId');
    if (subnetId === undefined)
      return apiError(
        'AssociateRouteTable',
        'MissingParameter',
        'The request must contain the parameter subnetId',
        'Dockyard associates route tables with subnets only (edge associations with --gateway-id are not simulated).',
      );
    return dispatch(
      'AssociateRouteTable',
      { type: 'AssociateRouteTable', routeTableId: str(input, 'RouteTableId') ?? '', subnetId },
      ({ response }) =>
        awsJson({
          AssociationId: (response as { associationId?: string } | undefined)?.associationId ?? '',
          AssociationState: { State: 'associated' },
        }),
      (error) => (error.code.startsWith('InvalidSubnet') ? subnetsHint(state) : tablesHint(state)),
    );
  },
};

const createRoute: Operation = {
  name: 'create-route',
  api: 'CreateRoute',
  summary:
    'add a route, e.g. 0.0.0.0/0 to a NAT gateway (--nat-gateway-id) or the internet gateway (--gateway-id)',
  params: [
    param('--destination-cidr-block', 'DestinationCidrBlock', 'string'),
    param('--gateway-id', 'GatewayId', 'string'),
    param('--nat-gateway-id', 'NatGatewayId', 'string'),
    param('--route-table-id', 'RouteTableId', 'string', true),
  ],
  run(input, { state }) {
    const destination = str(input, 'DestinationCidrBlock');
    if (destination === undefined)
      return apiError(
        'CreateRoute',
        'MissingParameter',
        'The request must contain the parameter destinationCidrBlock',
        'the default route is --destination-cidr-block 0.0.0.0/0.',
      );
    return dispatch(
      'CreateRoute',
      {
        type: 'CreateRoute',
        routeTableId: str(input, 'RouteTableId') ?? '',
        destinationCidrBlock: destination,
        gatewayId: str(input, 'GatewayId') ?? null,
        natGatewayId: str(input, 'NatGatewayId') ?? null,
      },
      () => awsJson({ Return: true }),
      (error) =>
        error.code.startsWith('InvalidRouteTable')
          ? tablesHint(state)
          : error.code.startsWith('InvalidGateway')
            ? `the default VPC's internet gateway is ${INTERNET_GATEWAY_ID}.`
            : null,
    );
  },
};

function tableMatches(table: RouteTable, filter: Readonly<Record<string, unknown>>): boolean {
  const values = strings(filter, 'Values') ?? [];
  switch (str(filter, 'Name')) {
    case 'vpc-id':
      return values.includes(table.vpcId);
    case 'route-table-id':
      return values.includes(table.id);
    case 'association.subnet-id':
      return table.associations.some((a) => values.includes(a.subnetId));
    case 'association.main':
      return values.includes(String(table.main));
    default:
      return true;
  }
}

const describeRouteTables: Operation = {
  name: 'describe-route-tables',
  api: 'DescribeRouteTables',
  summary: "list the VPC's route tables: their routes and the subnets associated with them",
  params: [
    param('--filters', 'Filters', 'list', false, EC2_FILTERS),
    param('--route-table-ids', 'RouteTableIds', 'strings'),
  ],
  run(input, { state }) {
    const network = networkOf(state);
    const ids = strings(input, 'RouteTableIds');
    const missing = ids?.find((id) => !network.routeTables.some((t) => t.id === id));
    if (missing !== undefined)
      return apiError(
        'DescribeRouteTables',
        'InvalidRouteTableID.NotFound',
        `The routeTable ID '${missing}' does not exist`,
        tablesHint(state),
      );
    const filters = records(input['Filters']) ?? [];
    return printJson({
      RouteTables: network.routeTables
        .filter((t) => (ids === undefined || ids.includes(t.id)) && filters.every((f) => tableMatches(t, f)))
        .map((t) => routeTableJson(t, network)),
    });
  },
};

export const EC2_VPC_OPERATIONS: readonly Operation[] = [
  createSubnet,
  createRouteTable,
  associateRouteTable,
  createRoute,
  describeRouteTables,
];
