import { awslogs, type AzLetter } from '@/lib/sim/ecs/presets/lines';

/** What generated situations add to the presets' console-line helpers (lib/sim/ecs/presets/lines). */

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

/** "1 task", "3 tasks". */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Option ids in order: a, b, c… */
export function optionId(index: number): string {
  return String.fromCharCode(97 + index);
}
