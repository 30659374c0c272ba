import { fargateDraft } from './editor-test-session';
import { ec2Draft, sidecar, web, type MessageCase } from './message-case-drafts';

/** Per-container and behaviour rules (container-rules.ts, behaviour-rules.ts). */
export const CONTAINER_MESSAGE_CASES: readonly MessageCase[] = [
  [
    'negative container cpu',
    ec2Draft([web, { ...sidecar, cpu: -1 }]),
    ['-1'],
    /^Invalid 'cpu' setting for container 'log'\.$/,
  ],
  [
    'container memory of 2 MiB',
    ec2Draft([{ ...web, memory: 2 }]),
    ['2'],
    /^Invalid 'memory' setting for container 'web'\.$/,
  ],
  [
    'a reservation of 1 MiB',
    ec2Draft([{ ...web, memoryReservation: 1 }]),
    ['1'],
    /^Invalid 'memoryReservation' setting for container 'web'\.$/,
  ],
  [
    'no memory anywhere',
    ec2Draft([web, { name: 'log', image: 'busybox' }]),
    ['"log"'],
    /^Invalid setting for container 'log'\. At least one of 'memory'/,
  ],
  [
    'memory below the reservation',
    ec2Draft([{ ...web, memoryReservation: 256 }]),
    ['128'],
    /'memory' must be greater than or equal to 'memoryReservation'\.$/,
  ],
  [
    'reservations above the task memory',
    ec2Draft(
      [
        { name: 'web', image: 'nginx', memoryReservation: 300 },
        { name: 'log', image: 'busybox', memoryReservation: 300 },
      ],
      { memory: '512' },
    ),
    ['"512"', '300', '300'],
    /^The sum of all container 'memoryReservation' values/,
  ],
  [
    'container memory above the task memory',
    fargateDraft({ memory: 1000 }),
    ['1000', '"512"'],
    /^The 'memory' setting for container is greater than for the task$/,
  ],
  [
    'container cpu above the task cpu',
    fargateDraft({ cpu: 300 }),
    ['"256"', '300'],
    /^The sum of all container 'cpu' values/,
  ],
  [
    'a container port of 0',
    ec2Draft([{ ...web, portMappings: [{ containerPort: 80 }, { containerPort: 0 }] }]),
    ['0'],
    /^Invalid 'containerPort' setting for container 'web'\.$/,
  ],
  [
    'a mapping without a container port',
    ec2Draft([{ ...web, portMappings: [{ hostPort: 80 }] }]),
    ['{'],
    /^Invalid 'containerPort' setting for container 'web'\.$/,
  ],
  [
    'a host port of 70000',
    ec2Draft([{ ...web, portMappings: [{ containerPort: 80, hostPort: 70000 }] }]),
    ['70000'],
    /^Invalid 'hostPort' setting for container 'web'\.$/,
  ],
  [
    'an unknown protocol',
    ec2Draft([{ ...web, portMappings: [{ containerPort: 80, protocol: 'sctp' }] }]),
    ['"sctp"'],
    /at 'containerDefinitions\.1\.member\.portMappings\.1\.member\.protocol'/,
  ],
  [
    'awsvpc with another host port',
    fargateDraft({ portMappings: [{ containerPort: 80, hostPort: 8080 }] }),
    ['8080'],
    /^When networkMode=awsvpc/,
  ],
  [
    'host mode with another host port',
    ec2Draft([{ ...web, portMappings: [{ containerPort: 80, hostPort: 8080 }] }], { networkMode: 'host' }),
    ['8080'],
    /^When networkMode=host/,
  ],
  [
    'ports in none mode',
    ec2Draft([web, { ...sidecar, portMappings: [{ containerPort: 80 }] }], { networkMode: 'none' }),
    ['"portMappings"'],
    /^Port mappings are not supported when networkMode=none\.$/,
  ],
  [
    'host port 80 twice',
    ec2Draft([
      { ...web, portMappings: [{ containerPort: 80, hostPort: 80 }] },
      { ...sidecar, portMappings: [{ containerPort: 8080, hostPort: 80 }] },
    ]),
    ['80'],
    /^TCP host port '80' is mapped multiple times in task\.$/,
  ],
  [
    'container port 80 twice in awsvpc',
    fargateDraft({ portMappings: [{ containerPort: 80 }, { containerPort: 80 }] }),
    ['80'],
    /^TCP host port '80' is mapped multiple times/,
  ],
  [
    'a dynamic port twice',
    ec2Draft([
      {
        ...web,
        portMappings: [
          { containerPort: 80, protocol: 'udp' },
          { containerPort: 80, protocol: 'udp' },
        ],
      },
    ]),
    ['80'],
    /^UDP container port '80' is mapped multiple times in container 'web'\.$/,
  ],
  [
    'no essential container',
    ec2Draft([
      { ...web, essential: false },
      { ...sidecar, essential: false },
    ]),
    ['false', 'false'],
    /^Task definition doesn't have any essential container\.$/,
  ],
  [
    'a dependency on a missing container',
    ec2Draft([{ ...web, dependsOn: [{ containerName: 'db', condition: 'START' }] }]),
    ['"db"'],
    /^Cannot depend on container \+ 'db'/,
  ],
  [
    'an unknown dependency condition',
    ec2Draft([{ ...web, dependsOn: [{ containerName: 'log', condition: 'READY' }] }, sidecar]),
    ['"READY"'],
    /at 'containerDefinitions\.1\.member\.dependsOn\.1\.member\.condition'/,
  ],
  [
    'HEALTHY without a health check',
    ec2Draft([{ ...web, dependsOn: [{ containerName: 'log', condition: 'HEALTHY' }] }, sidecar]),
    ['"HEALTHY"'],
    /^Container 'log' must have a health check/,
  ],
  [
    'SUCCESS on an essential container',
    ec2Draft([{ ...web, dependsOn: [{ containerName: 'log', condition: 'SUCCESS' }] }, sidecar]),
    ['"SUCCESS"'],
    /^A dependency container with SUCCESS or COMPLETE condition/,
  ],
  [
    'a health check with a bad command',
    ec2Draft([{ ...web, healthCheck: { command: ['curl'] } }]),
    ['"command"'],
    /^Invalid 'healthCheck\.command' setting for container 'web'\.$/,
  ],
  [
    'a health check interval of 1',
    ec2Draft([{ ...web, healthCheck: { command: ['CMD', 'true'], interval: 1 } }]),
    ['1'],
    /^Invalid 'healthCheck\.interval' setting for container 'web'\.$/,
  ],
  [
    'awslogs without its options',
    ec2Draft([
      { ...web, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web' } } },
    ]),
    ['"options"'],
    /^Log driver awslogs requires options: awslogs-region$/,
  ],
  [
    'awslogs with no options key',
    ec2Draft([{ ...web, logConfiguration: { logDriver: 'awslogs' } }]),
    ['"logConfiguration"'],
    /^Log driver awslogs requires options: awslogs-region, awslogs-group$/,
  ],
  [
    'secrets without an execution role',
    ec2Draft([
      { ...web, secrets: [{ name: 'DB', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' }] },
    ]),
    ['"secrets"'],
    /^When you are specifying container secrets/,
  ],
];
