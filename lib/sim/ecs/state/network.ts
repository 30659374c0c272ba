/**
 * The default VPC's routing, NAT gateways and VPC endpoints (reference §6: a Fargate task pulls
 * through its own ENI, so its subnet's route table decides whether it can reach a registry). Part
 * of the ECS state (../types.ts) as `vpc`; absent, the account has only the default VPC's main
 * route table, whose default route goes to the internet gateway (network/vpc.ts).
 *
 * The smallest model that says why a pull fails: route tables with their `0.0.0.0/0` route (to the
 * internet gateway or a NAT gateway) and subnet associations, Elastic IPs for NAT gateways, and
 * endpoints with their type, subnets (interface) or route tables (gateway). Security groups,
 * network ACLs and DNS settings are not modelled: they are always open and on.
 */

/** A route besides the VPC's implicit `local` one: `0.0.0.0/0` to `igw-…` or `nat-…`. */
export interface Route {
  readonly destinationCidrBlock: string;
  /** `igw-…` or `nat-…`. */
  readonly target: string;
}

export interface RouteTable {
  readonly id: string;
  readonly vpcId: string;
  /** The VPC's main route table: every subnet without an explicit association uses it. */
  readonly main: boolean;
  readonly routes: readonly Route[];
  readonly associations: readonly { readonly id: string; readonly subnetId: string }[];
}

/** An Elastic IP address (AllocateAddress); its public address is derived from the id for display. */
export interface ElasticIp {
  readonly allocationId: string;
  /** The NAT gateway it is associated with, or null. */
  readonly natGatewayId: string | null;
}

export interface NatGateway {
  readonly id: string;
  readonly vpcId: string;
  readonly subnetId: string;
  readonly allocationId: string;
  readonly createdAt: number;
  /** `pending` until then, `available` from then on (network/vpc.ts `natGatewayState`). */
  readonly availableAt: number;
  /** Set when creation failed (state `failed`): EC2's documented failureCode and failureMessage. */
  readonly failure?: { readonly code: string; readonly message: string };
}

export type VpcEndpointType = 'Interface' | 'Gateway';

export interface VpcEndpoint {
  readonly id: string;
  readonly vpcId: string;
  /** `com.amazonaws.us-east-1.ecr.dkr`… */
  readonly serviceName: string;
  readonly type: VpcEndpointType;
  /** Interface endpoints: the subnets with one of its network interfaces. */
  readonly subnetIds: readonly string[];
  /** Gateway endpoints: the route tables that route the service's prefix list to it. */
  readonly routeTableIds: readonly string[];
  /** Interface endpoints: whether the service's own DNS name resolves to it inside the VPC. */
  readonly privateDnsEnabled: boolean;
  readonly createdAt: number;
  /** `pending` until then, `available` from then on. */
  readonly availableAt: number;
}

export interface VpcNetwork {
  readonly routeTables: readonly RouteTable[];
  readonly elasticIps: readonly ElasticIp[];
  readonly natGateways: readonly NatGateway[];
  readonly endpoints: readonly VpcEndpoint[];
}
