import { formatCpu, formatMemory } from '../../sim/eks/quantity';
import type { LivenessProbe, NodeAffinity, NodeSelectorTerm, PodTemplate } from '../../sim/eks/types';

/** A pod spec as the API server returns it in `-o yaml` and `-o json`, under Kubernetes's field names. */

const quantities = (values: { cpu?: number; memory?: number }) => {
  const out: Record<string, string> = {};
  if (values.cpu !== undefined) out['cpu'] = formatCpu(values.cpu);
  if (values.memory !== undefined) out['memory'] = formatMemory(values.memory);
  return out;
};

function probeObject(probe: LivenessProbe) {
  const action =
    probe.handler === 'exec'
      ? { exec: { command: probe.command ?? [] } }
      : probe.handler === 'tcpSocket'
        ? { tcpSocket: { port: probe.port } }
        : { httpGet: { path: probe.path ?? '/', port: probe.port, scheme: 'HTTP' } };
  return {
    ...action,
    ...(probe.initialDelaySeconds === 0 ? {} : { initialDelaySeconds: probe.initialDelaySeconds }),
    periodSeconds: probe.periodSeconds,
    timeoutSeconds: probe.timeoutSeconds,
    successThreshold: 1,
    failureThreshold: probe.failureThreshold,
  };
}

const termObject = (term: NodeSelectorTerm) => ({
  matchExpressions: term.matchExpressions.map(({ values, ...requirement }) => ({
    ...requirement,
    ...(values.length === 0 ? {} : { values }),
  })),
});

function nodeAffinityObject(affinity: NodeAffinity) {
  return {
    ...(affinity.required === null
      ? {}
      : {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: affinity.required.map(termObject),
          },
        }),
    ...(affinity.preferred.length === 0
      ? {}
      : {
          preferredDuringSchedulingIgnoredDuringExecution: affinity.preferred.map(
            ({ weight, preference }) => ({
              weight,
              preference: termObject(preference),
            }),
          ),
        }),
  };
}

export function podSpec(spec: PodTemplate['spec']) {
  return {
    containers: spec.containers.map((container) => ({
      name: container.name,
      image: container.image,
      ...(container.env === undefined
        ? {}
        : { env: Object.entries(container.env).map(([name, value]) => ({ name, value })) }),
      resources: { requests: quantities(container.requests), limits: quantities(container.limits) },
      ...(container.livenessProbe === undefined
        ? {}
        : { livenessProbe: probeObject(container.livenessProbe) }),
    })),
    ...(Object.keys(spec.nodeSelector).length > 0 ? { nodeSelector: spec.nodeSelector } : {}),
    ...(spec.nodeAffinity === undefined
      ? {}
      : { affinity: { nodeAffinity: nodeAffinityObject(spec.nodeAffinity) } }),
    ...(spec.topologySpreadConstraints === undefined
      ? {}
      : {
          topologySpreadConstraints: spec.topologySpreadConstraints.map(({ matchLabels, ...constraint }) => ({
            ...constraint,
            ...(matchLabels === null ? {} : { labelSelector: { matchLabels } }),
          })),
        }),
    ...(spec.nodeName === undefined ? {} : { nodeName: spec.nodeName }),
    ...(spec.schedulerName === undefined ? {} : { schedulerName: spec.schedulerName }),
    serviceAccountName: spec.serviceAccountName ?? 'default',
    tolerations: spec.tolerations,
  };
}
