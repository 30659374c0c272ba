import {
  CREATE_DEFAULT_CLUSTER,
  awslogs,
  createLogGroup,
  registerTaskDefinition,
  runInstances,
  WAIT_FOR_AGENTS,
  type AzLetter,
} from '@/lib/sim/ecs/presets/lines';

/** The console lines generated situations are built from, in the presets' own words. */

export {
  CREATE_DEFAULT_CLUSTER,
  WAIT_FOR_AGENTS,
  createLogGroup,
  registerTaskDefinition,
  runInstances,
  type AzLetter,
};

export const ZONES: Readonly<Record<AzLetter, string>> = {
  a: 'us-east-1a',
  b: 'us-east-1b',
  c: 'us-east-1c',
};

/** An EC2 task definition in bridge mode with a dynamic host port: only CPU and memory limit it. */
export function bridgeDefinition(family: string, image: string, cpu: number, memory: number, port: number) {
  return {
    family,
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: family,
        image,
        cpu,
        memory,
        essential: true,
        portMappings: [{ containerPort: port, hostPort: 0 }],
        logConfiguration: awslogs(`/ecs/${family}`),
      },
    ],
  };
}

/** 2048 → "2,048", the same in every locale. */
export function grouped(value: number): string {
  return value.toLocaleString('en-US');
}
