import { REGION, VPC_ID } from '../catalog';
import type { EcsState, NatGateway, RouteTable, VpcEndpoint, VpcEndpointType, VpcNetwork } from '../types';

/**
 * The default VPC as AWS creates it (172.31.0.0/16, an internet gateway, a main route table whose
 * `0.0.0.0/0` route goes to it) and the questions the pull rule asks of it: which route table a
 * subnet uses, where its default route goes, and which endpoints are ready. Ids are invented.
 */
export const VPC_CIDR = '172.31.0.0/16';
export const INTERNET_GATEWAY_ID = 'igw-0b5e3c1d7a9f24680';
export const MAIN_ROUTE_TABLE_ID = 'rtb-0e4b9d2a7c15f8e36';
/** The S3 prefix list in us-east-1, the destination a gateway endpoint's route shows. */
export const S3_PREFIX_LIST_ID = 'pl-63a5400a';

/**
 * How long creation takes (ms). AWS documents the states (a NAT gateway is `pending`, "being
 * created and is not ready to process traffic", then `available`; interface endpoints start
 * `pending`, gateway endpoints are `available` at once in the CLI's examples) but not how long;
 * these are the course's estimates of typical values.
 */
export const NETWORK_TIMINGS = {
  natGateway: { min: 60_000, max: 150_000 },
  interfaceEndpoint: { min: 45_000, max: 90_000 },
} as const;

export const DEFAULT_NETWORK: VpcNetwork = {
  routeTables: [
    {
      id: MAIN_ROUTE_TABLE_ID,
      vpcId: VPC_ID,
      main: true,
      routes: [{ destinationCidrBlock: '0.0.0.0/0', target: INTERNET_GATEWAY_ID }],
      associations: [],
    },
  ],
  elasticIps: [],
  natGateways: [],
  endpoints: [],
};

export function networkOf(state: Pick<EcsState, 'vpc'>): VpcNetwork {
  return state.vpc ?? DEFAULT_NETWORK;
}

/** `com.amazonaws.us-east-1.ecr.dkr` for `ecr.dkr`. */
export function endpointServiceName(service: string): string {
  return `com.amazonaws.${REGION}.${service}`;
}

/** The AWS services this account can make endpoints for, and the endpoint types each offers. */
export const ENDPOINT_SERVICES: Readonly<Record<string, readonly VpcEndpointType[]>> = Object.fromEntries(
  (
    [
      ['ecr.api', ['Interface']],
      ['ecr.dkr', ['Interface']],
      ['s3', ['Gateway', 'Interface']],
      ['logs', ['Interface']],
      ['ssm', ['Interface']],
      ['secretsmanager', ['Interface']],
      ['ecs', ['Interface']],
      ['ecs-agent', ['Interface']],
      ['ecs-telemetry', ['Interface']],
      ['sts', ['Interface']],
      ['dynamodb', ['Gateway', 'Interface']],
    ] as const
  ).map(([service, types]) => [endpointServiceName(service), types]),
);

/** The DNS name an interface endpoint's private DNS takes over (ECR's hosts are `api.ecr…`, `*.dkr.ecr…`). */
export function privateDnsDomain(serviceName: string): string {
  const service = serviceName.slice(`com.amazonaws.${REGION}.`.length);
  if (service === 'ecr.api') return `api.ecr.${REGION}.amazonaws.com`;
  if (service === 'ecr.dkr') return `dkr.ecr.${REGION}.amazonaws.com`;
  return `${service}.${REGION}.amazonaws.com`;
}

/** The subnet's route table: its explicit association, else its VPC's main route table. */
export function routeTableOf(network: VpcNetwork, subnetId: string, vpcId = VPC_ID): RouteTable | undefined {
  return (
    network.routeTables.find((table) => table.associations.some((a) => a.subnetId === subnetId)) ??
    network.routeTables.find((table) => table.main && table.vpcId === vpcId)
  );
}

/** Where the subnet's `0.0.0.0/0` route goes (`igw-…`, `nat-…`), or null when it has none. */
export function defaultRouteTarget(network: VpcNetwork, subnetId: string): string | null {
  return (
    routeTableOf(network, subnetId)?.routes.find((r) => r.destinationCidrBlock === '0.0.0.0/0')?.target ??
    null
  );
}

/** A public subnet: its default route goes to an internet gateway. */
export function isPublicSubnet(network: VpcNetwork, subnetId: string): boolean {
  return defaultRouteTarget(network, subnetId)?.startsWith('igw-') === true;
}

export function natGatewayState(nat: NatGateway, now: number): 'pending' | 'available' | 'failed' {
  if (nat.failure !== undefined) return now >= nat.availableAt ? 'failed' : 'pending';
  return now >= nat.availableAt ? 'available' : 'pending';
}

export function endpointState(endpoint: VpcEndpoint, now: number): 'pending' | 'available' {
  return now >= endpoint.availableAt ? 'available' : 'pending';
}

// ---------------------------------------------------------------- IPv4 CIDR blocks

export interface Cidr {
  /** The network address as an unsigned 32-bit number. */
  readonly base: number;
  readonly prefix: number;
}

/** `172.31.96.0/24` → its network address and prefix; null when malformed or not on a boundary. */
export function parseCidr(text: string): Cidr | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (match === null) return null;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return null;
  const base = octets.reduce((sum, o) => sum * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  return base % size === 0 ? { base, prefix } : null;
}

export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix);
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return (
    inner.prefix >= outer.prefix &&
    inner.base >= outer.base &&
    inner.base + cidrSize(inner) <= outer.base + cidrSize(outer)
  );
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.base < b.base + cidrSize(b) && b.base < a.base + cidrSize(a);
}

export function ipv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** The `n`th address handed out in a subnet made with CreateSubnet (AWS keeps the first four and the last). */
export function subnetHostAddress(cidrText: string, n: number): string {
  const cidr = parseCidr(cidrText);
  if (cidr === null) return '0.0.0.0';
  return ipv4(cidr.base + 4 + (n % (cidrSize(cidr) - 5)));
}
