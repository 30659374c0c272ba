import { ACCOUNT_ID, DEFAULT_SECURITY_GROUP, REGION } from '../../../sim/ecs/catalog';
import {
  endpointState,
  natGatewayState,
  S3_PREFIX_LIST_ID,
  subnetHostAddress,
  VPC_CIDR,
} from '../../../sim/ecs/network';
import type {
  ElasticIp,
  EcsState,
  NatGateway,
  RouteTable,
  VpcEndpoint,
  VpcNetwork,
} from '../../../sim/ecs/types';
import { isoTimestamp } from './aws-json';
import { derivedHex } from './derived-ids';

/**
 * Route tables, Elastic IPs, NAT gateways and VPC endpoints as the EC2 API returns them (the AWS
 * CLI v2's examples for describe-route-tables, create-nat-gateway and create-vpc-endpoint). Ids the
 * simulator does not keep (main association, NAT network interface, public addresses, DNS names)
 * are derived from the ids it keeps.
 */

/** An Elastic IP's public address, derived from its allocation id. */
export function elasticIpAddress(allocationId: string): string {
  const h = derivedHex(`eip:${allocationId}`, 6);
  const byte = (index: number): number => parseInt(h.slice(index * 2, index * 2 + 2), 16);
  return `3.${byte(0) % 240}.${byte(1)}.${1 + (byte(2) % 254)}`;
}

function associationState(): Record<string, string> {
  return { State: 'associated' };
}

export function routeTableJson(table: RouteTable, network: VpcNetwork): Record<string, unknown> {
  const gatewayRoutes = network.endpoints
    .filter((e) => e.type === 'Gateway' && e.routeTableIds.includes(table.id))
    .map((e) => ({
      DestinationPrefixListId: e.serviceName.endsWith('.s3')
        ? S3_PREFIX_LIST_ID
        : `pl-0${derivedHex(e.serviceName, 8)}`,
      GatewayId: e.id,
      Origin: 'CreateRoute',
      State: 'active',
    }));
  return {
    Associations: [
      ...(table.main
        ? [
            {
              Main: true,
              RouteTableAssociationId: `rtbassoc-0${derivedHex(`main:${table.id}`, 16)}`,
              RouteTableId: table.id,
              AssociationState: associationState(),
            },
          ]
        : []),
      ...table.associations.map((a) => ({
        Main: false,
        RouteTableAssociationId: a.id,
        RouteTableId: table.id,
        SubnetId: a.subnetId,
        AssociationState: associationState(),
      })),
    ],
    PropagatingVgws: [],
    RouteTableId: table.id,
    Routes: [
      { DestinationCidrBlock: VPC_CIDR, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      ...table.routes.map((route) => {
        const nat = network.natGateways.find((g) => g.id === route.target);
        return route.target.startsWith('nat-')
          ? {
              DestinationCidrBlock: route.destinationCidrBlock,
              NatGatewayId: route.target,
              Origin: 'CreateRoute',
              // A route to a NAT gateway that failed goes nowhere.
              State: nat?.failure === undefined ? 'active' : 'blackhole',
            }
          : {
              DestinationCidrBlock: route.destinationCidrBlock,
              GatewayId: route.target,
              Origin: 'CreateRoute',
              State: 'active',
            };
      }),
      ...gatewayRoutes,
    ],
    Tags: [],
    VpcId: table.vpcId,
    OwnerId: ACCOUNT_ID,
  };
}

export function addressJson(address: ElasticIp): Record<string, unknown> {
  return {
    PublicIp: elasticIpAddress(address.allocationId),
    AllocationId: address.allocationId,
    PublicIpv4Pool: 'amazon',
    NetworkBorderGroup: REGION,
    Domain: 'vpc',
  };
}

function natAddresses(nat: NatGateway, state: string, subnetCidr: string): Record<string, unknown>[] {
  if (state === 'failed' || nat.failure !== undefined) return [{ AllocationId: nat.allocationId }];
  const shared = {
    AllocationId: nat.allocationId,
    NetworkInterfaceId: `eni-0${derivedHex(`nat-eni:${nat.id}`, 16)}`,
    PrivateIp: subnetHostAddress(subnetCidr, 200),
  };
  return state === 'available'
    ? [
        {
          ...shared,
          PublicIp: elasticIpAddress(nat.allocationId),
          AssociationId: `eipassoc-0${derivedHex(`nat-assoc:${nat.id}`, 16)}`,
          IsPrimary: true,
          Status: 'succeeded',
        },
      ]
    : [{ ...shared, IsPrimary: true, Status: 'associating' }];
}

export function natGatewayJson(
  nat: NatGateway,
  state: Pick<EcsState, 'now' | 'subnets'>,
  created = false,
): Record<string, unknown> {
  const status = created ? 'pending' : natGatewayState(nat, state.now);
  const cidr = state.subnets.find((s) => s.id === nat.subnetId)?.cidr ?? VPC_CIDR;
  return {
    CreateTime: isoTimestamp(nat.createdAt),
    ...(status === 'failed' && nat.failure !== undefined
      ? { FailureCode: nat.failure.code, FailureMessage: nat.failure.message }
      : {}),
    NatGatewayAddresses: created ? [{ AllocationId: nat.allocationId }] : natAddresses(nat, status, cidr),
    NatGatewayId: nat.id,
    State: status,
    SubnetId: nat.subnetId,
    VpcId: nat.vpcId,
    Tags: [],
    ConnectivityType: 'public',
  };
}

const GATEWAY_POLICY =
  '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}';
const INTERFACE_POLICY =
  '{\n  "Statement": [\n    {\n      "Action": "*", \n      "Effect": "Allow", \n      "Principal": "*", \n      "Resource": "*"\n    }\n  ]\n}';

/** `api.ecr.us-east-1` for ecr.api, `dkr.ecr.us-east-1` for ecr.dkr, `logs.us-east-1`… */
function serviceHost(serviceName: string): string {
  const service = serviceName.slice(`com.amazonaws.${REGION}.`.length);
  const [first, second] = service.split('.');
  return second === undefined ? `${service}.${REGION}` : `${second}.${first ?? ''}.${REGION}`;
}

function dnsEntries(endpoint: VpcEndpoint, subnets: EcsState['subnets']): Record<string, string>[] {
  const host = serviceHost(endpoint.serviceName);
  const suffix = derivedHex(`dns:${endpoint.id}`, 8);
  const zone = 'Z7HUB22UULQXV';
  const name = `${endpoint.id}-${suffix}.${host}.vpce.amazonaws.com`;
  return [
    { DnsName: name, HostedZoneId: zone },
    ...endpoint.subnetIds.map((id) => ({
      DnsName: `${endpoint.id}-${suffix}-${subnets.find((s) => s.id === id)?.az ?? REGION}.${host}.vpce.amazonaws.com`,
      HostedZoneId: zone,
    })),
    ...(endpoint.privateDnsEnabled
      ? [
          {
            DnsName: `${host.startsWith('dkr.') ? '*.' : ''}${host}.amazonaws.com`,
            HostedZoneId: `Z0${derivedHex(`zone:${endpoint.id}`, 18).toUpperCase()}`,
          },
        ]
      : []),
  ];
}

export function vpcEndpointJson(
  endpoint: VpcEndpoint,
  state: Pick<EcsState, 'now' | 'subnets'>,
): Record<string, unknown> {
  const gateway = endpoint.type === 'Gateway';
  return {
    VpcEndpointId: endpoint.id,
    VpcEndpointType: endpoint.type,
    VpcId: endpoint.vpcId,
    ServiceName: endpoint.serviceName,
    State: endpointState(endpoint, state.now),
    PolicyDocument: gateway ? GATEWAY_POLICY : INTERFACE_POLICY,
    RouteTableIds: [...endpoint.routeTableIds],
    SubnetIds: [...endpoint.subnetIds],
    Groups: gateway ? [] : [{ GroupId: DEFAULT_SECURITY_GROUP, GroupName: 'default' }],
    IpAddressType: 'ipv4',
    ...(gateway ? {} : { DnsOptions: { DnsRecordIpType: 'ipv4' } }),
    PrivateDnsEnabled: endpoint.privateDnsEnabled,
    RequesterManaged: false,
    NetworkInterfaceIds: endpoint.subnetIds.map(
      (id) => `eni-0${derivedHex(`vpce-eni:${endpoint.id}:${id}`, 16)}`,
    ),
    DnsEntries: gateway ? [] : dnsEntries(endpoint, state.subnets),
    CreationTimestamp: isoTimestamp(endpoint.createdAt),
    Tags: [],
    OwnerId: ACCOUNT_ID,
  };
}
