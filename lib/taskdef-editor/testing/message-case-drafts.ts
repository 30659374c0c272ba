/**
 * Drafts that break one ECS rule each, with what the editor should mark: [what breaks, the draft,
 * the text each diagnostic covers, the ECS message after the ClientException prefix].
 */
export type MessageCase = readonly [string, string, readonly string[], RegExp];

export const ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
export const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1';

/** An EC2 (bridge mode) definition; `containers` replace the default one. */
export function ec2Draft(
  containers: readonly Record<string, unknown>[],
  task: Record<string, unknown> = {},
): string {
  return `${JSON.stringify({ family: 'web', containerDefinitions: containers, ...task }, null, 2)}\n`;
}

export const web = { name: 'web', image: 'nginx', memory: 128 };
export const sidecar = { name: 'log', image: 'busybox', memory: 64 };
