import { z } from '@/lib/zod';
import { livenessProbe, nodeAffinity, topologySpreadConstraint } from './pod-spec-schemas';

/**
 * Every command the EKS engine takes, validated with zod: the console builds them, share links and
 * scripts carry them, and nothing unchecked reaches the engine.
 */

const labels = z.record(z.string().max(317), z.string().max(63));
const annotations = z.record(z.string().max(317), z.string().max(4096));
const name = z.string().min(1).max(253);
const namespace = z.string().min(1).max(63);
const effect = z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

const taint = z.strictObject({
  key: z.string().min(1).max(317),
  value: z.string().max(63),
  effect,
  addedAt: z.number().int().optional(),
});
const toleration = z.strictObject({
  key: z.string().max(317).optional(),
  operator: z.enum(['Equal', 'Exists']),
  value: z.string().max(63).optional(),
  effect: effect.optional(),
  tolerationSeconds: z.number().int().min(0).optional(),
});
const quantities = z.strictObject({
  cpu: z.number().int().min(0).optional(),
  memory: z.number().int().min(0).optional(),
});
const container = z.strictObject({
  name,
  image: z.string().min(1).max(512),
  requests: quantities,
  limits: quantities,
  env: z.record(z.string().max(253), z.string().max(4096)).optional(),
  readinessProbe: z.boolean().optional(),
  livenessProbe: livenessProbe.optional(),
});
export const podTemplateSchema = z.strictObject({
  labels,
  spec: z.strictObject({
    containers: z.array(container).min(1).max(10).readonly(),
    nodeSelector: labels,
    tolerations: z.array(toleration).max(20).readonly(),
    nodeName: name.optional(),
    nodeAffinity: nodeAffinity.optional(),
    serviceAccountName: name.optional(),
    topologySpreadConstraints: z.array(topologySpreadConstraint).min(1).max(10).readonly().optional(),
  }),
});

const intOrPercent = z.string().regex(/^\d{1,4}%?$/);

export const kubeObjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('Namespace'), name, namespace: z.literal('') }),
  z.strictObject({
    kind: z.literal('ServiceAccount'),
    name,
    namespace,
    annotations: z.record(z.string().max(317), z.string().max(4096)),
  }),
  z.strictObject({
    kind: z.literal('Deployment'),
    name,
    namespace,
    replicas: z.number().int().min(0).max(1000),
    selector: labels,
    template: podTemplateSchema,
    maxSurge: intOrPercent.optional(),
    maxUnavailable: intOrPercent.optional(),
  }),
  z.strictObject({ kind: z.literal('Pod'), name, namespace, template: podTemplateSchema }),
  z.strictObject({
    kind: z.literal('DaemonSet'),
    name,
    namespace,
    selector: labels,
    template: podTemplateSchema,
  }),
  z.strictObject({
    kind: z.literal('Service'),
    name,
    namespace,
    type: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']),
    selector: labels,
    ports: z
      .array(
        z.strictObject({
          port: z.number().int().min(1).max(65535),
          targetPort: z.number().int().min(1).max(65535),
          protocol: z.enum(['TCP', 'UDP']),
          nodePort: z.number().int().min(30000).max(32767).nullable(),
        }),
      )
      .min(1)
      .max(20)
      .readonly(),
    annotations: annotations.optional(),
  }),
  z.strictObject({
    kind: z.literal('Ingress'),
    name,
    namespace,
    ingressClassName: name.nullable(),
    annotations,
    rules: z
      .array(
        z.strictObject({
          host: z.string().min(1).max(253).nullable(),
          paths: z
            .array(
              z.strictObject({
                path: z.string().max(2048),
                pathType: z.enum(['Prefix', 'Exact', 'ImplementationSpecific']),
                service: name,
                port: z.number().int().min(1).max(65535),
              }),
            )
            .min(1)
            .max(20)
            .readonly(),
        }),
      )
      .min(1)
      .max(20)
      .readonly(),
  }),
  z.strictObject({
    kind: z.literal('NodePool'),
    name,
    namespace: z.string().max(63),
    requirements: z
      .array(
        z.strictObject({
          key: z.string().min(1).max(317),
          operator: z.enum(['In', 'NotIn']),
          values: z.array(z.string().max(63)).max(50).readonly(),
        }),
      )
      .max(20)
      .readonly(),
    labels,
    cpuLimit: z.number().int().min(0).nullable(),
    nodeClass: name,
  }),
  z.strictObject({
    kind: z.literal('HorizontalPodAutoscaler'),
    name,
    namespace,
    target: name,
    minReplicas: z.number().int().min(1).max(1000),
    maxReplicas: z.number().int().min(1).max(1000),
    targetCpuUtilization: z.number().int().min(1).max(10_000),
  }),
]);

const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('CreateCluster'),
    name: z.string().regex(/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/),
    version: z.string().max(8).optional(),
  }),
  z.strictObject({
    type: z.literal('CreateNodegroup'),
    clusterName: z.string().max(100),
    nodegroupName: z.string().regex(/^[0-9A-Za-z][A-Za-z0-9\-_]{0,62}$/),
    instanceType: z.string().max(32),
    desiredSize: z.number().int().min(0).max(1000),
    minSize: z.number().int().min(0).max(1000),
    maxSize: z.number().int().min(1).max(1000),
    labels,
    taints: z.array(taint).max(50).readonly(),
    zones: z
      .array(z.enum(['us-east-1a', 'us-east-1b', 'us-east-1c']))
      .min(1)
      .max(3)
      .readonly(),
  }),
  z.strictObject({ type: z.literal('UpdateKubeconfig'), name: z.string().max(100) }),
  z.strictObject({
    type: z.literal('CreateFargateProfile'),
    clusterName: z.string().max(100),
    fargateProfileName: z.string().regex(/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/),
    podExecutionRoleArn: z.string().min(1).max(2048),
    subnets: z.array(z.string().max(64)).max(16).readonly(),
    selectors: z
      .array(z.strictObject({ namespace: namespace, labels }))
      .max(5)
      .readonly(),
  }),
  z.strictObject({
    type: z.literal('CreatePodIdentityAssociation'),
    clusterName: z.string().max(100),
    namespace,
    serviceAccount: name,
    roleArn: z.string().min(1).max(2048),
  }),
  z.strictObject({
    type: z.literal('DeleteFargateProfile'),
    clusterName: z.string().max(100),
    fargateProfileName: z.string().max(100),
  }),
  z.strictObject({ type: z.literal('Apply'), object: kubeObjectSchema }),
  z.strictObject({ type: z.literal('CreateNamespace'), name }),
  /** `kubectl apply -f` of a file with several documents: each applied in order, as kubectl does. */
  z.strictObject({
    type: z.literal('ApplyAll'),
    objects: z.array(kubeObjectSchema).min(1).max(50).readonly(),
  }),
  z.strictObject({
    type: z.literal('ScaleDeployment'),
    name,
    namespace,
    replicas: z.number().int().min(0).max(1000),
  }),
  z.strictObject({
    type: z.literal('SetImage'),
    name,
    namespace,
    container: name,
    image: z.string().min(1).max(512),
  }),
  z.strictObject({
    type: z.literal('RolloutUndo'),
    name,
    namespace,
    toRevision: z.number().int().min(1).nullable(),
  }),
  z.strictObject({
    type: z.literal('Delete'),
    kind: z.enum([
      'Namespace',
      'ServiceAccount',
      'Deployment',
      'Pod',
      'DaemonSet',
      'Service',
      'HorizontalPodAutoscaler',
      'Ingress',
      'NodePool',
    ]),
    name,
    namespace,
  }),
  z.strictObject({ type: z.literal('Cordon'), node: name, unschedulable: z.boolean() }),
  z.strictObject({ type: z.literal('Drain'), node: name, ignoreDaemonSets: z.boolean(), force: z.boolean() }),
  z.strictObject({ type: z.literal('FailNode'), node: name }),
  z.strictObject({ type: z.literal('RestoreNode'), node: name }),
  z.strictObject({
    type: z.literal('SetLoad'),
    deployment: name,
    namespace,
    rps: z.number().int().min(0).max(1_000_000),
  }),
  z.strictObject({
    type: z.literal('CreateAddon'),
    clusterName: z.string().max(100),
    addonName: z.string().min(1).max(100),
  }),
]);

export type EksCommand = z.infer<typeof commandSchema>;

export function parseEksCommand(
  data: unknown,
): { ok: true; command: EksCommand } | { ok: false; error: string } {
  const parsed = commandSchema.safeParse(data);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') || 'command'}: ${issue?.message ?? 'invalid'}` };
}
