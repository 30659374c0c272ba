import { z } from '@/lib/zod';

/** The zod schemas of a pod spec's probes, node affinity and topology spread (see commands.ts). */

const labels = z.record(z.string().max(317), z.string().max(63));
const seconds = z.number().int().min(0).max(86_400);
export const livenessProbe = z.strictObject({
  handler: z.enum(['httpGet', 'tcpSocket', 'exec']),
  path: z.string().max(2048).optional(),
  port: z.union([z.number().int().min(1).max(65535), z.string().min(1).max(15)]).optional(),
  command: z.array(z.string().max(1024)).max(20).readonly().optional(),
  initialDelaySeconds: seconds,
  periodSeconds: seconds.min(1),
  timeoutSeconds: seconds.min(1),
  failureThreshold: z.number().int().min(1).max(1000),
});
const nodeSelectorTerm = z.strictObject({
  matchExpressions: z
    .array(
      z.strictObject({
        key: z.string().max(317),
        operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']),
        values: z.array(z.string().max(63)).max(50).readonly(),
      }),
    )
    .max(20)
    .readonly(),
});
export const nodeAffinity = z.strictObject({
  required: z.array(nodeSelectorTerm).min(1).max(20).readonly().nullable(),
  preferred: z
    .array(z.strictObject({ weight: z.number().int().min(1).max(100), preference: nodeSelectorTerm }))
    .max(20)
    .readonly(),
});
export const topologySpreadConstraint = z.strictObject({
  maxSkew: z.number().int().min(1).max(1000),
  topologyKey: z.string().min(1).max(317),
  whenUnsatisfiable: z.enum(['DoNotSchedule', 'ScheduleAnyway']),
  matchLabels: labels.nullable(),
});
