import { z } from '@/lib/zod';

/**
 * The commands of the images-and-ECR simulator. The console, presets and share links produce
 * them; the schemas check shape only, and the engine answers in Docker's or ECR's words.
 */
const ref = z.string().min(1).max(512);
const repositoryName = z.string().min(1).max(300);
const architecture = z.enum(['amd64', 'arm64']);

const imageId = z.strictObject({ imageTag: z.string().min(1).max(300).optional(), imageDigest: z.string().min(1).max(100).optional() });

export const ecrCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('DockerBuild'),
    tags: z.array(ref).max(10),
    platforms: z.array(architecture).max(2),
    dockerfile: z.string().max(20_000),
    files: z.record(z.string().max(200), z.string().max(50_000)),
    push: z.boolean(),
    labels: z.record(z.string().max(200), z.string().max(1_000)),
  }),
  z.strictObject({ type: z.literal('DockerTag'), source: ref, target: ref }),
  z.strictObject({ type: z.literal('DockerPush'), ref }),
  z.strictObject({ type: z.literal('DockerPull'), ref, platform: architecture.optional() }),
  z.strictObject({ type: z.literal('DockerRmi'), refs: z.array(ref).min(1).max(50), force: z.boolean() }),
  z.strictObject({ type: z.literal('DockerLogin'), registry: z.string().min(1).max(300), username: z.string().max(100), password: z.string().max(10_000) }),
  z.strictObject({ type: z.literal('SetHostArchitecture'), architecture }),
  z.strictObject({
    type: z.literal('CreateRepository'),
    name: repositoryName,
    tagMutability: z.enum(['MUTABLE', 'IMMUTABLE']),
    scanOnPush: z.boolean(),
  }),
  z.strictObject({ type: z.literal('DeleteRepository'), name: repositoryName, force: z.boolean() }),
  z.strictObject({ type: z.literal('BatchDeleteImage'), repository: repositoryName, imageIds: z.array(imageId).min(1).max(100) }),
  z.strictObject({ type: z.literal('PutImageTagMutability'), repository: repositoryName, tagMutability: z.enum(['MUTABLE', 'IMMUTABLE']) }),
  z.strictObject({ type: z.literal('PutImageScanningConfiguration'), repository: repositoryName, scanOnPush: z.boolean() }),
  z.strictObject({ type: z.literal('StartImageScan'), repository: repositoryName, imageId }),
  z.strictObject({ type: z.literal('PutLifecyclePolicy'), repository: repositoryName, text: z.string().max(40_000) }),
  z.strictObject({ type: z.literal('DeleteLifecyclePolicy'), repository: repositoryName }),
  z.strictObject({ type: z.literal('StartLifecyclePolicyPreview'), repository: repositoryName, text: z.string().max(40_000).optional() }),
]);

export type EcrCommand = z.infer<typeof ecrCommandSchema>;
export type EcrCommandOf<T extends EcrCommand['type']> = Extract<EcrCommand, { type: T }>;

export function parseEcrCommand(data: unknown): { ok: true; command: EcrCommand } | { ok: false; error: string } {
  const parsed = ecrCommandSchema.safeParse(data);
  return parsed.success ? { ok: true, command: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid command' };
}
