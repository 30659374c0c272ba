import { endpointServiceName, endpointState, natGatewayState, networkOf } from '../../../sim/ecs/network';
import type { EcsState, NatGateway, VpcEndpoint } from '../../../sim/ecs/types';
import { EC2_FILTERS, TAG_SPECIFICATIONS } from '../args/service-shapes';
import { awsJson } from '../format/aws-json';
import { addressJson, natGatewayJson, vpcEndpointJson } from '../format/vpc-json';
import {
  apiError,
  bool,
  dispatch,
  param,
  printJson,
  records,
  str,
  strings,
  type Operation,
} from '../operation';
import { fail } from '../../types';

/**
 * `aws ec2` NAT gateways and VPC endpoints: allocate-address (the Elastic IP a public NAT gateway
 * needs), create-nat-gateway (`pending` for a few minutes, then `available`), create-vpc-endpoint
 * (interface endpoints for ecr.api, ecr.dkr, logs…, the S3 gateway endpoint) and their describes.
 */

const allocateAddress: Operation = {
  name: 'allocate-address',
  api: 'AllocateAddress',
  summary: 'allocate an Elastic IP address (a public NAT gateway needs one)',
  params: [
    param('--domain', 'Domain', 'string'),
    param('--tag-specifications', 'TagSpecifications', 'list', false, TAG_SPECIFICATIONS),
  ],
  run() {
    return dispatch('AllocateAddress', { type: 'AllocateAddress' }, ({ after, response }) => {
      const id = (response as { allocationId?: string } | undefined)?.allocationId;
      const address = networkOf(after).elasticIps.find((a) => a.allocationId === id);
      return awsJson(address === undefined ? {} : addressJson(address));
    });
  },
};

const createNatGateway: Operation = {
  name: 'create-nat-gateway',
  api: 'CreateNatGateway',
  summary: 'make a public NAT gateway in a public subnet, with an Elastic IP (pending, then available)',
  params: [
    param('--allocation-id', 'AllocationId', 'string'),
    param('--client-token', 'ClientToken', 'string'),
    param('--subnet-id', 'SubnetId', 'string', true),
    param('--tag-specifications', 'TagSpecifications', 'list', false, TAG_SPECIFICATIONS),
    param('--connectivity-type', 'ConnectivityType', 'string'),
  ],
  run(input, { state }) {
    if (str(input, 'ConnectivityType') === 'private')
      return fail(
        'Dockyard: private NAT gateways are not simulated; a public one (with --allocation-id) gives a private subnet the internet.',
      );
    return dispatch(
      'CreateNatGateway',
      {
        type: 'CreateNatGateway',
        subnetId: str(input, 'SubnetId') ?? '',
        allocationId: str(input, 'AllocationId') ?? null,
      },
      ({ after, response }) => {
        const id = (response as { natGatewayId?: string } | undefined)?.natGatewayId;
        const nat = networkOf(after).natGateways.find((g) => g.id === id);
        return awsJson({ NatGateway: nat === undefined ? null : natGatewayJson(nat, after, true) });
      },
      (error) =>
        error.code === 'MissingParameter'
          ? 'aws ec2 allocate-address --domain vpc gives one: pass its AllocationId as --allocation-id.'
          : `subnets here: ${state.subnets.map((s) => s.id).join(', ')}.`,
    );
  },
};

function natMatches(nat: NatGateway, now: number, filter: Readonly<Record<string, unknown>>): boolean {
  const values = strings(filter, 'Values') ?? [];
  switch (str(filter, 'Name')) {
    case 'nat-gateway-id':
      return values.includes(nat.id);
    case 'state':
      return values.includes(natGatewayState(nat, now));
    case 'subnet-id':
      return values.includes(nat.subnetId);
    case 'vpc-id':
      return values.includes(nat.vpcId);
    default:
      return true;
  }
}

const describeNatGateways: Operation = {
  name: 'describe-nat-gateways',
  api: 'DescribeNatGateways',
  summary: 'list NAT gateways and their state (pending, available, failed)',
  // The CLI names this one --filter (the API member is Filter).
  params: [
    param('--filter', 'Filter', 'list', false, EC2_FILTERS),
    param('--nat-gateway-ids', 'NatGatewayIds', 'strings'),
  ],
  run(input, { state }) {
    const gateways = networkOf(state).natGateways;
    const ids = strings(input, 'NatGatewayIds');
    const missing = ids?.find((id) => !gateways.some((g) => g.id === id));
    if (missing !== undefined)
      return apiError('DescribeNatGateways', 'NatGatewayNotFound', `NAT gateway ${missing} was not found`);
    const filters = records(input['Filter']) ?? [];
    return printJson({
      NatGateways: gateways
        .filter(
          (g) =>
            (ids === undefined || ids.includes(g.id)) && filters.every((f) => natMatches(g, state.now, f)),
        )
        .map((g) => natGatewayJson(g, state)),
    });
  },
};

function endpointHint(state: EcsState): string {
  const tables = networkOf(state)
    .routeTables.map((t) => t.id)
    .join(', ');
  return `ECR from a private subnet needs ${endpointServiceName('ecr.api')} and ${endpointServiceName('ecr.dkr')} (--vpc-endpoint-type Interface --subnet-ids …) and ${endpointServiceName('s3')} (Gateway, --route-table-ids …; route tables here: ${tables}).`;
}

const createVpcEndpoint: Operation = {
  name: 'create-vpc-endpoint',
  api: 'CreateVpcEndpoint',
  summary: 'make an interface endpoint (ecr.api, ecr.dkr, logs…) or a gateway endpoint (s3) in the VPC',
  params: [
    param('--vpc-endpoint-type', 'VpcEndpointType', 'string'),
    param('--vpc-id', 'VpcId', 'string', true),
    param('--service-name', 'ServiceName', 'string'),
    param('--policy-document', 'PolicyDocument', 'string'),
    param('--route-table-ids', 'RouteTableIds', 'strings'),
    param('--subnet-ids', 'SubnetIds', 'strings'),
    param('--security-group-ids', 'SecurityGroupIds', 'strings'),
    param('--private-dns-enabled', 'PrivateDnsEnabled', 'boolean'),
    param('--tag-specifications', 'TagSpecifications', 'list', false, TAG_SPECIFICATIONS),
  ],
  run(input, { state }) {
    const serviceName = str(input, 'ServiceName') ?? '';
    const type = str(input, 'VpcEndpointType') ?? 'Gateway';
    if (type !== 'Interface' && type !== 'Gateway' && type !== 'GatewayLoadBalancer')
      return fail(
        `Dockyard: --vpc-endpoint-type takes Interface, Gateway or GatewayLoadBalancer (given: ${type}).`,
      );
    if (type === 'Interface' && serviceName === endpointServiceName('s3'))
      return fail(
        'Dockyard: S3 interface endpoints are not simulated; ECR image layers come through the S3 gateway endpoint (--vpc-endpoint-type Gateway --route-table-ids …).',
      );
    return dispatch(
      'CreateVpcEndpoint',
      {
        type: 'CreateVpcEndpoint',
        vpcId: str(input, 'VpcId') ?? '',
        serviceName,
        endpointType: type,
        subnetIds: strings(input, 'SubnetIds') ?? [],
        routeTableIds: strings(input, 'RouteTableIds') ?? [],
        privateDnsEnabled: bool(input, 'PrivateDnsEnabled') ?? null,
      },
      ({ after, response }) => {
        const id = (response as { vpcEndpointId?: string } | undefined)?.vpcEndpointId;
        const endpoint = networkOf(after).endpoints.find((e) => e.id === id);
        return awsJson({ VpcEndpoint: endpoint === undefined ? null : vpcEndpointJson(endpoint, after) });
      },
      () => endpointHint(state),
    );
  },
};

function endpointMatches(
  endpoint: VpcEndpoint,
  now: number,
  filter: Readonly<Record<string, unknown>>,
): boolean {
  const values = strings(filter, 'Values') ?? [];
  switch (str(filter, 'Name')) {
    case 'service-name':
      return values.includes(endpoint.serviceName);
    case 'vpc-id':
      return values.includes(endpoint.vpcId);
    case 'vpc-endpoint-id':
      return values.includes(endpoint.id);
    case 'vpc-endpoint-type':
      return values.includes(endpoint.type);
    case 'vpc-endpoint-state':
      return values.includes(endpointState(endpoint, now));
    default:
      return true;
  }
}

const describeVpcEndpoints: Operation = {
  name: 'describe-vpc-endpoints',
  api: 'DescribeVpcEndpoints',
  summary: "list the VPC's endpoints: service, type, state, subnets or route tables",
  params: [
    param('--vpc-endpoint-ids', 'VpcEndpointIds', 'strings'),
    param('--filters', 'Filters', 'list', false, EC2_FILTERS),
  ],
  run(input, { state }) {
    const endpoints = networkOf(state).endpoints;
    const ids = strings(input, 'VpcEndpointIds');
    const missing = ids?.find((id) => !endpoints.some((e) => e.id === id));
    if (missing !== undefined)
      return apiError(
        'DescribeVpcEndpoints',
        'InvalidVpcEndpointId.NotFound',
        `The VpcEndpoint Id '${missing}' does not exist`,
      );
    const filters = records(input['Filters']) ?? [];
    return printJson({
      VpcEndpoints: endpoints
        .filter(
          (e) =>
            (ids === undefined || ids.includes(e.id)) &&
            filters.every((f) => endpointMatches(e, state.now, f)),
        )
        .map((e) => vpcEndpointJson(e, state)),
    });
  },
};

export const EC2_GATEWAY_OPERATIONS: readonly Operation[] = [
  allocateAddress,
  createNatGateway,
  describeNatGateways,
  createVpcEndpoint,
  describeVpcEndpoints,
];
