import { z } from '@/lib/zod';

/**
 * The commands of the containers-vs-VMs simulator. Buttons, the console, share links and presets
 * all produce these. The schemas check shape only; whether the real tool accepts a value (an
 * unknown instance type, an image Docker Hub does not have) is the engine's call, so it can answer
 * in that tool's words.
 */
const port = z.number().int().min(1).max(65535);

export const launchVmsSchema = z.strictObject({
  type: z.literal('LaunchVms'),
  count: z.number().int().min(1).max(100),
  instanceType: z.string().min(1).max(40),
  imageId: z.string().min(1).max(40).optional(),
});

export const terminateVmsSchema = z.strictObject({
  type: z.literal('TerminateVms'),
  ids: z.array(z.string().min(1).max(40)).min(1).max(100),
});

export const runContainersSchema = z
  .strictObject({
    type: z.literal('RunContainers'),
    image: z.string().min(1).max(255),
    count: z.number().int().min(1).max(200),
    name: z.string().min(1).max(128).optional(),
    publish: z.strictObject({ hostPort: port, containerPort: port }).optional(),
    memoryMiB: z.number().int().min(1).max(65536).optional(),
  })
  .refine((c) => c.count === 1 || (c.name === undefined && c.publish === undefined), {
    message: 'a name or a published port can only be given when running one container',
  });

export const stopContainersSchema = z.strictObject({
  type: z.literal('StopContainers'),
  refs: z.array(z.string().min(1).max(128)).min(1).max(200),
});

export const removeContainersSchema = z.strictObject({
  type: z.literal('RemoveContainers'),
  refs: z.array(z.string().min(1).max(128)).min(1).max(200),
  force: z.boolean().optional(),
});

export const pullImageSchema = z.strictObject({
  type: z.literal('PullImage'),
  image: z.string().min(1).max(255),
});

export const setTrafficSchema = z.strictObject({
  type: z.literal('SetTraffic'),
  rps: z.number().int().min(0).max(100_000),
});

export const vmCommandSchema = z.union([
  launchVmsSchema,
  terminateVmsSchema,
  runContainersSchema,
  stopContainersSchema,
  removeContainersSchema,
  pullImageSchema,
  setTrafficSchema,
]);

export type LaunchVms = z.infer<typeof launchVmsSchema>;
export type TerminateVms = z.infer<typeof terminateVmsSchema>;
export type RunContainers = z.infer<typeof runContainersSchema>;
export type StopContainers = z.infer<typeof stopContainersSchema>;
export type RemoveContainers = z.infer<typeof removeContainersSchema>;
export type PullImage = z.infer<typeof pullImageSchema>;
export type SetTraffic = z.infer<typeof setTrafficSchema>;
export type VmCommand = z.infer<typeof vmCommandSchema>;

const COMMAND_TYPES = [
  'LaunchVms',
  'TerminateVms',
  'RunContainers',
  'StopContainers',
  'RemoveContainers',
  'PullImage',
  'SetTraffic',
];

/** Validates untrusted command data; the message names the field at fault. */
export function parseVmCommand(
  data: unknown,
): { ok: true; command: VmCommand } | { ok: false; error: string } {
  const type =
    typeof data === 'object' && data !== null && 'type' in data
      ? (data as { type: unknown }).type
      : undefined;
  if (typeof type !== 'string' || !COMMAND_TYPES.includes(type)) {
    return {
      ok: false,
      error: `unknown command type ${JSON.stringify(type ?? null)} (expected one of ${COMMAND_TYPES.join(', ')})`,
    };
  }
  const parsed = vmCommandSchema.safeParse(data);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = pickIssue(parsed.error.issues);
  const path = issue?.path.filter((part) => part !== undefined).join('.') ?? '';
  return { ok: false, error: `${type}${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}` };
}

/** A union reports one issue per branch; keep the one from the branch the `type` names. */
function pickIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  const first = issues[0];
  if (first?.code !== 'invalid_union') return first;
  const branches = first.errors;
  const matching = branches.find((branch) => !branch.some((i) => i.path[0] === 'type'));
  return matching?.[0] ?? first;
}
