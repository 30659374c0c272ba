import { answersProbes } from './container-fate';
import type { ContainerSpec, LivenessProbe, Pod } from './types';

/**
 * The kubelet's liveness probes (Kubernetes docs, "Configure Liveness, Readiness and Startup
 * Probes"): the first probe runs `initialDelaySeconds` after the container starts, then one every
 * `periodSeconds`; after `failureThreshold` failures in a row the kubelet kills the container and
 * restarts it. Readiness is a different question (may it take traffic?) and never restarts anything.
 */

/**
 * What the kubelet reports when the probe fails, or null when the app passes it. The course's
 * "unhealthy" images run and listen but answer 503 on their health endpoint: an HTTP probe sees the
 * 503, a command that checks health exits non-zero (Kubernetes prints the command's output, and
 * such a check prints nothing), and a TCP probe passes, because the port accepts connections.
 */
export function livenessFailure(container: ContainerSpec): string | null {
  const probe = container.livenessProbe;
  if (probe === undefined || answersProbes(container)) return null;
  switch (probe.handler) {
    case 'httpGet':
      return 'Liveness probe failed: HTTP probe failed with statuscode: 503';
    case 'exec':
      return 'Liveness probe failed: ';
    case 'tcpSocket':
      return null;
    default: {
      const unreachable: never = probe.handler;
      return unreachable;
    }
  }
}

/** The container whose liveness probe fails, with the probe and the failure text. */
export function failingLiveness(
  pod: Pick<Pod, 'spec'>,
): { container: ContainerSpec; probe: LivenessProbe; message: string } | null {
  for (const container of pod.spec.containers) {
    const message = livenessFailure(container);
    if (message !== null && container.livenessProbe !== undefined)
      return { container, probe: container.livenessProbe, message };
  }
  return null;
}

/** When the nth failed probe (1-based) runs, for a container running since `since`; never at the very start instant. */
export function probeTime(probe: LivenessProbe, since: number, nth: number): number {
  return since + Math.max(1, probe.initialDelaySeconds * 1000 + (nth - 1) * probe.periodSeconds * 1000);
}

/** How many probes have run (and failed) by `now`. */
export function failuresBy(probe: LivenessProbe, since: number, now: number): number {
  const first = probeTime(probe, since, 1);
  if (now < first) return 0;
  return Math.floor((now - first) / (probe.periodSeconds * 1000)) + 1;
}

/** `kubectl describe pod`'s Liveness line: `http-get http://:8080/health delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function livenessText(probe: LivenessProbe): string {
  const action =
    probe.handler === 'httpGet'
      ? `http-get http://:${probe.port ?? ''}${probe.path ?? '/'}`
      : probe.handler === 'tcpSocket'
        ? `tcp-socket :${probe.port ?? ''}`
        : `exec [${(probe.command ?? []).join(' ')}]`;
  return `${action} delay=${probe.initialDelaySeconds}s timeout=${probe.timeoutSeconds}s period=${probe.periodSeconds}s #success=1 #failure=${probe.failureThreshold}`;
}
