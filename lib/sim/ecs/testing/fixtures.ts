import { ECR_REGISTRY } from '../catalog';

/** Task definitions the tests and example scripts use (as the CLI would send them). */
export const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

/** nginx in bridge mode with a dynamic host port: many fit on one instance. */
export const nginxBridge = {
  family: 'nginx',
  containerDefinitions: [{ name: 'nginx', image: 'nginx:1.27', memory: 256, cpu: 256, portMappings: [{ containerPort: 80, hostPort: 0 }] }],
};

/** A static host port: one per instance (§4.5). */
export const nginxStaticPort = {
  family: 'nginx-static',
  containerDefinitions: [{ name: 'nginx', image: 'nginx:1.27', memory: 256, cpu: 256, portMappings: [{ containerPort: 80, hostPort: 80 }] }],
};

/** The seed's example with container cpu/memory as numbers (§2.1), on Fargate. */
export const webserverFargate = {
  family: 'webserver',
  containerDefinitions: [{ name: 'web', image: 'nginx', memory: 100, cpu: 99 }],
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  memory: '512',
  cpu: '256',
};

export function webApp(tag: string, extra: Record<string, unknown> = {}, family = 'web'): Record<string, unknown> {
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['EC2', 'FARGATE'],
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXECUTION_ROLE,
    containerDefinitions: [
      {
        name: 'web',
        image: `${ECR_REGISTRY}/web:${tag}`,
        essential: true,
        portMappings: [{ containerPort: 8080 }],
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } },
        ...extra,
      },
    ],
  };
}

export const AWSVPC_NETWORK = {
  subnets: ['subnet-0a1b2c3d4e5f60718', 'subnet-0b2c3d4e5f6071829', 'subnet-0c3d4e5f607182930'],
  securityGroups: ['sg-0f1e2d3c4b5a69788'],
  assignPublicIp: 'ENABLED' as const,
};
