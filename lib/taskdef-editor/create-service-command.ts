import { isRecord, listAt, stringField } from './request-reading';

/**
 * The `aws ecs create-service` command that runs a task definition, for the editor's export:
 * launch type from requiresCompatibilities, a network configuration only in awsvpc mode (which
 * requires one, reference §2.2 network modes), no load balancer.
 */
export interface CreateServiceOptions {
  readonly cluster: string;
  readonly family: string;
  /** The latest registered revision of the family, or null before any is registered. */
  readonly revision: number | null;
  readonly subnets: readonly string[];
  readonly securityGroups: readonly string[];
  readonly desiredCount?: number;
}

export type LaunchType = 'FARGATE' | 'EC2' | 'EXTERNAL';

/** FARGATE when the definition asks for it, EXTERNAL when that is all it asks for, else EC2. */
export function launchTypeFor(request: unknown): LaunchType {
  const wanted = listAt(request, 'requiresCompatibilities');
  if (wanted.includes('FARGATE')) return 'FARGATE';
  if (wanted.length > 0 && wanted.every((entry) => entry === 'EXTERNAL')) return 'EXTERNAL';
  return 'EC2';
}

/** bash words: safe ones as they are, anything else in single quotes. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@,+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function createServiceCommand(request: unknown, options: CreateServiceOptions): string {
  const launchType = launchTypeFor(request);
  const taskDefinition = options.revision === null ? options.family : `${options.family}:${options.revision}`;
  const words = [
    'aws ecs create-service',
    `--cluster ${shellWord(options.cluster)}`,
    `--service-name ${shellWord(options.family)}`,
    `--task-definition ${shellWord(taskDefinition)}`,
    `--desired-count ${options.desiredCount ?? 2}`,
    `--launch-type ${launchType}`,
  ];
  const awsvpc = isRecord(request) && stringField(request, 'networkMode') === 'awsvpc';
  if (awsvpc) {
    // A public IP lets a Fargate task in a default subnet pull from Docker Hub without a NAT gateway.
    const publicIp = launchType === 'FARGATE' ? ',assignPublicIp=ENABLED' : '';
    const config = `awsvpcConfiguration={subnets=[${options.subnets.join(',')}],securityGroups=[${options.securityGroups.join(',')}]${publicIp}}`;
    words.push(`--network-configuration "${config}"`);
  }
  return words.join(' ');
}

/** The exported script: how to register the JSON first, then the command. */
export function createServiceScript(
  request: unknown,
  options: CreateServiceOptions,
  jsonFileName: string,
): string {
  return [
    '#!/bin/sh',
    `# Runs the task definition ${options.family} as an Amazon ECS service (exported from Dockyard).`,
    `# Register it first; the revision printed there is the one to use in --task-definition:`,
    `#   aws ecs register-task-definition --cli-input-json file://${jsonFileName}`,
    createServiceCommand(request, options),
    '',
  ].join('\n');
}
