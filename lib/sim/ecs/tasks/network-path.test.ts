import { describe, expect, it } from 'vitest';
import { ECR_REGISTRY, VPC_ID } from '../catalog';
import { endpointServiceName } from '../network';
import { ecs, type EcsDriver } from '../testing/ecs-driver';
import { EXECUTION_ROLE } from '../testing/fixtures';
import type { Task } from '../types';

/** The rule of tasks/network-path.ts, driven through the engine like a learner would. */
const PUBLIC_SUBNET = 'subnet-0a1b2c3d4e5f60718';

function fargateDef(
  family: string,
  image: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [{ name: 'app', image, essential: true, ...extra }],
  };
}

const ecrApp = fargateDef('ecr-app', `${ECR_REGISTRY}/web:1.4.2`);
const hubApp = fargateDef('hub-app', 'nginx:1.27');

function account(): EcsDriver {
  return ecs().cluster('default').register(ecrApp).register(hubApp);
}

function run(
  d: EcsDriver,
  family: string,
  subnet: string,
  assignPublicIp: 'ENABLED' | 'DISABLED' = 'DISABLED',
): EcsDriver {
  return d.runTask(family, 1, {
    launchType: 'FARGATE',
    networkConfiguration: { subnets: [subnet], securityGroups: [], assignPublicIp },
  });
}

/** The task the last RunTask started, once it has had time to pull (or to give up). */
function lastTask(d: EcsDriver): Task {
  const arn = (d.lastResponse as { taskArns: string[] }).taskArns[0];
  const settled = d.wait('2m');
  const task = settled.tasks((t) => t.arn === arn)[0];
  if (task === undefined) throw new Error('no task');
  return task;
}

/** A private subnet: its own route table, without a default route. Returns the driver and the ids. */
function withPrivateSubnet(
  d: EcsDriver,
  cidr = '172.31.96.0/24',
): { d: EcsDriver; subnet: string; table: string } {
  const made = d.send({
    type: 'CreateSubnet',
    vpcId: VPC_ID,
    cidrBlock: cidr,
    availabilityZone: 'us-east-1a',
  });
  const subnet = (made.lastResponse as { subnetId: string }).subnetId;
  const tabled = made.send({ type: 'CreateRouteTable', vpcId: VPC_ID });
  const table = (tabled.lastResponse as { routeTableId: string }).routeTableId;
  return {
    d: tabled.send({ type: 'AssociateRouteTable', routeTableId: table, subnetId: subnet }),
    subnet,
    table,
  };
}

function withNat(d: EcsDriver, table: string): { d: EcsDriver; nat: string } {
  const allocated = d.send({ type: 'AllocateAddress' });
  const allocationId = (allocated.lastResponse as { allocationId: string }).allocationId;
  const created = allocated.send({ type: 'CreateNatGateway', subnetId: PUBLIC_SUBNET, allocationId });
  const nat = (created.lastResponse as { natGatewayId: string }).natGatewayId;
  return {
    d: created.send({
      type: 'CreateRoute',
      routeTableId: table,
      destinationCidrBlock: '0.0.0.0/0',
      gatewayId: null,
      natGatewayId: nat,
    }),
    nat,
  };
}

function withEndpoints(d: EcsDriver, subnet: string, table: string, services: readonly string[]): EcsDriver {
  let next = d;
  for (const service of services)
    next = next.send({
      type: 'CreateVpcEndpoint',
      vpcId: VPC_ID,
      serviceName: endpointServiceName(service),
      endpointType: service === 's3' ? 'Gateway' : 'Interface',
      subnetIds: service === 's3' ? [] : [subnet],
      routeTableIds: service === 's3' ? [table] : [],
      privateDnsEnabled: null,
    });
  return next.wait('3m');
}

describe('networkPathProblem', () => {
  it('lets a task in a public subnet with a public IP pull from ECR and Docker Hub', () => {
    expect(lastTask(run(account(), 'ecr-app', PUBLIC_SUBNET, 'ENABLED')).lastStatus).toBe('RUNNING');
    expect(lastTask(run(account(), 'hub-app', PUBLIC_SUBNET, 'ENABLED')).lastStatus).toBe('RUNNING');
  });

  it('stops a task in a public subnet without a public IP: the registry auth call times out', () => {
    const task = lastTask(run(account(), 'ecr-app', PUBLIC_SUBNET, 'DISABLED'));
    expect(task.lastStatus).toBe('STOPPED');
    expect(task.stopCode).toBe('TaskFailedToStart');
    expect(task.stoppedReason).toBe(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://api.ecr.us-east-1.amazonaws.com/": dial tcp 52.46.145.233:443: i/o timeout. Please check your task network configuration.',
    );
  });

  it('times out on the Docker Hub manifest from a public subnet without a public IP', () => {
    expect(lastTask(run(account(), 'hub-app', PUBLIC_SUBNET, 'DISABLED')).stoppedReason).toBe(
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/nginx:1.27: failed to do request: Head "https://registry-1.docker.io/v2/library/nginx/manifests/1.27": dial tcp 44.205.64.79:443: i/o timeout',
    );
  });

  it('stops a task in a private subnet without a NAT gateway or endpoints, public IP or not', () => {
    const { d, subnet } = withPrivateSubnet(account());
    for (const ip of ['ENABLED', 'DISABLED'] as const)
      expect(lastTask(run(d, 'ecr-app', subnet, ip)).stoppedReason).toMatch(
        /^ResourceInitializationError: .* i\/o timeout\./,
      );
  });

  it('pulls through a NAT gateway once it is available, not while it is pending', () => {
    const { d: privateNet, subnet, table } = withPrivateSubnet(account());
    const { d } = withNat(privateNet, table);
    expect(lastTask(run(d, 'hub-app', subnet)).stoppedReason).toMatch(
      /^CannotPullContainerError: .*i\/o timeout$/,
    );
    const later = d.wait('3m');
    expect(lastTask(run(later, 'hub-app', subnet)).lastStatus).toBe('RUNNING');
    expect(lastTask(run(later, 'ecr-app', subnet)).lastStatus).toBe('RUNNING');
  });

  it('gives nothing through a NAT gateway that sits in a private subnet', () => {
    const { d: privateNet, subnet, table } = withPrivateSubnet(account());
    const allocated = privateNet.send({ type: 'AllocateAddress' });
    const allocationId = (allocated.lastResponse as { allocationId: string }).allocationId;
    const created = allocated.send({ type: 'CreateNatGateway', subnetId: subnet, allocationId });
    const nat = (created.lastResponse as { natGatewayId: string }).natGatewayId;
    const d = created
      .send({
        type: 'CreateRoute',
        routeTableId: table,
        destinationCidrBlock: '0.0.0.0/0',
        gatewayId: null,
        natGatewayId: nat,
      })
      .wait('3m');
    expect(lastTask(run(d, 'hub-app', subnet)).lastStatus).toBe('STOPPED');
  });

  it('pulls from ECR, not from Docker Hub, with the ecr.api, ecr.dkr and S3 gateway endpoints', () => {
    const { d: privateNet, subnet, table } = withPrivateSubnet(account());
    const d = withEndpoints(privateNet, subnet, table, ['ecr.api', 'ecr.dkr', 's3']);
    expect(lastTask(run(d, 'ecr-app', subnet)).lastStatus).toBe('RUNNING');
    expect(lastTask(run(d, 'hub-app', subnet)).stoppedReason).toMatch(
      /^CannotPullContainerError: pull image manifest has been retried 5 time\(s\): failed to resolve ref docker\.io\/library\/nginx:1\.27: .*i\/o timeout$/,
    );
  });

  it('resolves the manifest but times out on the layers without the S3 gateway endpoint', () => {
    const { d: privateNet, subnet, table } = withPrivateSubnet(account());
    const d = withEndpoints(privateNet, subnet, table, ['ecr.api', 'ecr.dkr']);
    expect(lastTask(run(d, 'ecr-app', subnet)).stoppedReason).toMatch(
      /^CannotPullContainerError: ref pull has been retried 5 time\(s\): failed to copy: httpReadSeeker: failed open: failed to do request: Get "https:\/\/prod-us-east-1-starport-layer-bucket\.s3\.us-east-1\.amazonaws\.com\/[0-9a-f-]+\/[0-9a-f-]+": dial tcp 52\.217\.161\.41:443: i\/o timeout$/,
    );
  });

  it('needs the S3 gateway endpoint on the route table of the task’s own subnet', () => {
    const { d: privateNet, subnet, table } = withPrivateSubnet(account());
    const other = privateNet.send({ type: 'CreateRouteTable', vpcId: VPC_ID });
    const otherTable = (other.lastResponse as { routeTableId: string }).routeTableId;
    const d = withEndpoints(withEndpoints(other, subnet, table, ['ecr.api', 'ecr.dkr']), subnet, otherTable, [
      's3',
    ]);
    expect(lastTask(run(d, 'ecr-app', subnet)).stoppedReason).toMatch(
      /^CannotPullContainerError: ref pull has been retried/,
    );
  });

  it('times out on the ECR manifest with only the ecr.api endpoint', () => {
    const { d: privateNet, subnet, table } = withPrivateSubnet(account());
    const d = withEndpoints(privateNet, subnet, table, ['ecr.api', 's3']);
    expect(lastTask(run(d, 'ecr-app', subnet)).stoppedReason).toBe(
      `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ECR_REGISTRY}/web:1.4.2: failed to do request: Head "https://${ECR_REGISTRY}/v2/web/manifests/1.4.2": dial tcp 52.46.154.20:443: i/o timeout`,
    );
  });

  it('does not count an interface endpoint that is still pending', () => {
    const { d: privateNet, subnet, table } = withPrivateSubnet(account());
    const d = withEndpoints(privateNet, subnet, table, ['s3']).send({
      type: 'CreateVpcEndpoint',
      vpcId: VPC_ID,
      serviceName: endpointServiceName('ecr.api'),
      endpointType: 'Interface',
      subnetIds: [subnet],
      routeTableIds: [],
      privateDnsEnabled: null,
    });
    expect(lastTask(run(d, 'ecr-app', subnet)).stoppedReason).toMatch(/unable to retrieve ecr registry auth/);
  });

  it('needs the CloudWatch Logs endpoint for the awslogs driver, and the Secrets Manager one for secrets', () => {
    const logged = fargateDef('logged-app', `${ECR_REGISTRY}/web:1.4.2`, {
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/web',
          'awslogs-region': 'us-east-1',
          'awslogs-stream-prefix': 'ecs',
        },
      },
    });
    const secret = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf';
    const secretive = fargateDef('secret-app', `${ECR_REGISTRY}/web:1.4.2`, {
      secrets: [{ name: 'DB', valueFrom: secret }],
    });
    const {
      d: privateNet,
      subnet,
      table,
    } = withPrivateSubnet(account().register(logged).register(secretive));
    const d = withEndpoints(
      privateNet.send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' }),
      subnet,
      table,
      ['ecr.api', 'ecr.dkr', 's3'],
    );
    expect(lastTask(run(d, 'logged-app', subnet)).stoppedReason).toBe(
      'ResourceInitializationError: failed to validate logger args: : signal: killed',
    );
    expect(lastTask(run(d, 'secret-app', subnet)).stoppedReason).toBe(
      `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): failed to fetch secret ${secret} from secrets manager: RequestCanceled: request context canceled caused by: context deadline exceeded. Please check your task network configuration.`,
    );
    expect(lastTask(run(withEndpoints(d, subnet, table, ['logs']), 'logged-app', subnet)).lastStatus).toBe(
      'RUNNING',
    );
  });

  it('on platform version 1.3.0 skips the auth step and reports the pull in Docker’s words', () => {
    const task = lastTask(
      account().runTask('hub-app', 1, {
        launchType: 'FARGATE',
        platformVersion: '1.3.0',
        networkConfiguration: { subnets: [PUBLIC_SUBNET], securityGroups: [], assignPublicIp: 'DISABLED' },
      }),
    );
    expect(task.stoppedReason).toBe(
      'CannotPullContainerError: API error (500): Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    );
  });

  it('leaves EC2 tasks alone (the agent pulls through the instance)', () => {
    const bridge = {
      family: 'bridge',
      containerDefinitions: [{ name: 'a', image: 'nginx:1.27', memory: 128 }],
    };
    expect(lastTask(ecs().withInstances(1).register(bridge).runTask('bridge')).lastStatus).toBe('RUNNING');
  });
});
