import { describe, expect, it } from 'vitest';
import { ecsConsole } from '../ecs-console-driver';

/** `aws ec2` subnets, route tables, NAT gateways and VPC endpoints (ec2-vpc.ts, ec2-gateways.ts). */
const VPC = 'vpc-0d6f2a1c9e4b73f05';

interface SubnetOut {
  Subnet: {
    SubnetId: string;
    DefaultForAz: boolean;
    MapPublicIpOnLaunch: boolean;
    State: string;
    AvailableIpAddressCount: number;
  };
}
interface TableOut {
  RouteTable: {
    RouteTableId: string;
    Routes: { GatewayId?: string; DestinationCidrBlock?: string }[];
    Associations: unknown[];
  };
}

function privateSubnet() {
  const made = ecsConsole().type(
    `aws ec2 create-subnet --vpc-id ${VPC} --cidr-block 172.31.96.0/24 --availability-zone us-east-1a`,
  );
  const subnet = made.json<SubnetOut>().Subnet;
  const tabled = made.type(`aws ec2 create-route-table --vpc-id ${VPC}`);
  const table = tabled.json<TableOut>().RouteTable;
  return {
    console: tabled.type(
      `aws ec2 associate-route-table --route-table-id ${table.RouteTableId} --subnet-id ${subnet.SubnetId}`,
    ),
    subnet,
    table,
  };
}

describe('aws ec2 create-subnet', () => {
  it('answers with a pending, non-default subnet that maps no public IP', () => {
    const { subnet } = privateSubnet();
    expect(subnet).toMatchObject({
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
      State: 'pending',
      AvailableIpAddressCount: 251,
    });
  });

  it("refuses an overlapping block in EC2's words", () => {
    const out = ecsConsole().type(`aws ec2 create-subnet --vpc-id ${VPC} --cidr-block 172.31.16.0/24`);
    expect(out.toolOutput()).toBe(
      "An error occurred (InvalidSubnet.Conflict) when calling the CreateSubnet operation: The CIDR '172.31.16.0/24' conflicts with another subnet",
    );
    expect(out.hint()).toContain('subnet-0a1b2c3d4e5f60718 (172.31.0.0/20, us-east-1a)');
  });
});

describe('aws ec2 route tables', () => {
  it('creates a table with only the local route, and describes the association', () => {
    const { console, subnet, table } = privateSubnet();
    expect(table.Routes).toEqual([
      {
        DestinationCidrBlock: '172.31.0.0/16',
        GatewayId: 'local',
        Origin: 'CreateRouteTable',
        State: 'active',
      },
    ]);
    expect(console.json<{ AssociationId: string }>().AssociationId).toMatch(/^rtbassoc-0[0-9a-f]{16}$/);
    const described = console.type(
      `aws ec2 describe-route-tables --filters Name=association.subnet-id,Values=${subnet.SubnetId}`,
    );
    expect(
      described.json<{ RouteTables: { RouteTableId: string }[] }>().RouteTables.map((t) => t.RouteTableId),
    ).toEqual([table.RouteTableId]);
  });

  it('lists the main route table of the default VPC with its route to the internet gateway', () => {
    const tables = ecsConsole()
      .type('aws ec2 describe-route-tables')
      .json<{ RouteTables: TableOut['RouteTable'][] }>().RouteTables;
    expect(tables[0]?.Routes[1]).toMatchObject({
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: expect.stringMatching(/^igw-/),
    });
  });
});

describe('aws ec2 create-nat-gateway', () => {
  it('is pending, then available with its Elastic IP', () => {
    const eip = ecsConsole().type('aws ec2 allocate-address --domain vpc');
    const allocation = eip.json<{ AllocationId: string; PublicIp: string }>();
    const created = eip.type(
      `aws ec2 create-nat-gateway --subnet-id subnet-0a1b2c3d4e5f60718 --allocation-id ${allocation.AllocationId}`,
    );
    const nat = created.json<{ NatGateway: { NatGatewayId: string; State: string } }>().NatGateway;
    expect(nat.State).toBe('pending');
    const later = created
      .wait(180_000)
      .type(`aws ec2 describe-nat-gateways --filter Name=state,Values=available`);
    const gateways = later.json<{
      NatGateways: { NatGatewayId: string; NatGatewayAddresses: { PublicIp?: string }[] }[];
    }>().NatGateways;
    expect(gateways.map((g) => g.NatGatewayId)).toEqual([nat.NatGatewayId]);
    expect(gateways[0]?.NatGatewayAddresses[0]?.PublicIp).toBe(allocation.PublicIp);
  });

  it('points at allocate-address when the Elastic IP is missing', () => {
    const out = ecsConsole().type('aws ec2 create-nat-gateway --subnet-id subnet-0a1b2c3d4e5f60718');
    expect(out.isError).toBe(true);
    expect(out.hint()).toContain('aws ec2 allocate-address --domain vpc');
  });
});

describe('aws ec2 create-vpc-endpoint', () => {
  it('makes a pending interface endpoint with private DNS, and an available S3 gateway endpoint routed from the table', () => {
    const { console, subnet, table } = privateSubnet();
    const iface = console.type(
      `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --vpc-endpoint-type Interface --service-name com.amazonaws.us-east-1.ecr.dkr --subnet-ids ${subnet.SubnetId}`,
    );
    expect(
      iface.json<{ VpcEndpoint: { State: string; PrivateDnsEnabled: boolean } }>().VpcEndpoint,
    ).toMatchObject({
      State: 'pending',
      PrivateDnsEnabled: true,
    });
    const gateway = iface.type(
      `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --service-name com.amazonaws.us-east-1.s3 --route-table-ids ${table.RouteTableId}`,
    );
    expect(
      gateway.json<{ VpcEndpoint: { State: string; VpcEndpointType: string } }>().VpcEndpoint,
    ).toMatchObject({
      State: 'available',
      VpcEndpointType: 'Gateway',
    });
    const routes = gateway
      .type(`aws ec2 describe-route-tables --route-table-ids ${table.RouteTableId}`)
      .json<{ RouteTables: { Routes: { DestinationPrefixListId?: string }[] }[] }>().RouteTables[0]?.Routes;
    expect(routes?.[1]?.DestinationPrefixListId).toBe('pl-63a5400a');
  });

  it('refuses ecr.api as a gateway endpoint (the default type) and says which endpoints ECR needs', () => {
    const out = ecsConsole().type(
      `aws ec2 create-vpc-endpoint --vpc-id ${VPC} --service-name com.amazonaws.us-east-1.ecr.api`,
    );
    expect(out.toolOutput()).toBe(
      'An error occurred (InvalidParameter) when calling the CreateVpcEndpoint operation: Endpoint type (Gateway) does not match available service types ([Interface]).',
    );
    expect(out.hint()).toContain('com.amazonaws.us-east-1.ecr.dkr');
  });
});
