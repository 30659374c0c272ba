import { findImage } from '../ecs/images';
import { answersProbes, containerFate, EXIT_SHOWN_MS, restartDelayMs, type Fate } from './container-fate';
import { failingLiveness, failuresBy, probeTime } from './liveness';
import { isAddonImage, podObject } from './pods';
import type { Pod } from './types';
import { logEvent, recordEvent, replacePod, type World } from './world';

/**
 * The kubelet on a pod's node, each time the pod's `nextAt` comes: a failed pull backs off, the
 * containers start, a failing liveness probe gets them killed, and an app that exits or is killed
 * is restarted, at once the first time and after a growing back-off (CrashLoopBackOff) later.
 */

/** The kubelet's step when `nextAt` comes: images pulled, the containers start and the pod is Running. */
export function advancePod(world: World, pod: Pod): void {
  if (pod.nodeName === null || pod.deletedAt !== null) {
    replacePod(world, { ...pod, nextAt: null });
    return;
  }
  const source = `kubelet, ${pod.nodeName}`;
  if (pod.container.state === 'waiting' && pod.container.reason === 'ErrImagePull') {
    const image =
      pod.spec.containers.find((container) => findImage(container.image) === undefined)?.image ?? '';
    recordEvent(world, {
      type: 'Normal',
      reason: 'BackOff',
      object: podObject(pod),
      namespace: pod.namespace,
      source,
      message: `Back-off pulling image "${image}"`,
      kind: 'pod-image-pull-backoff',
      level: 'warning',
    });
    replacePod(world, { ...pod, container: { state: 'waiting', reason: 'ImagePullBackOff' }, nextAt: null });
    return;
  }
  if (pod.container.state === 'running') runContainer(world, pod, source);
  else if (pod.container.state === 'terminated') restartAfterExit(world, pod, source);
  else startContainers(world, pod, source, pod.container.reason === 'CrashLoopBackOff');
}

/**
 * After an exit the kubelet starts the container again (restartPolicy Always): at once after the
 * first exit, later only once the back-off has passed, showing CrashLoopBackOff meanwhile.
 */
function restartAfterExit(world: World, pod: Pod, source: string): void {
  const restartAt = (pod.lastExit?.at ?? world.now) + restartDelayMs(pod.restarts + 1);
  if (restartAt <= world.now) {
    startContainers(world, pod, source, true);
    return;
  }
  const container = pod.spec.containers[0];
  recordEvent(world, {
    type: 'Warning',
    reason: 'BackOff',
    object: podObject(pod),
    namespace: pod.namespace,
    source,
    message: `Back-off restarting failed container ${container?.name ?? ''} in pod ${pod.name}_${pod.namespace}(${pod.uid})`,
    kind: 'pod-crash-loop',
  });
  replacePod(world, {
    ...pod,
    container: { state: 'waiting', reason: 'CrashLoopBackOff' },
    nextAt: restartAt,
  });
}

/** The soonest way the app ends on its own (exit, OOM kill), timed from its start. */
function soonestFate(pod: Pod): Fate | undefined {
  return pod.spec.containers
    .map(containerFate)
    .filter((candidate) => candidate !== null)
    .sort((a, b) => a.afterMs - b.afterMs)[0];
}

/** The kubelet's next reason to look at a running pod: the app's own end, or its next failing liveness probe. */
function nextRunningStep(pod: Pod, since: number, now: number): number | null {
  const fate = soonestFate(pod);
  const failing = failingLiveness(pod);
  const candidates = [
    ...(fate === undefined ? [] : [since + Math.max(1, fate.afterMs)]),
    ...(failing === null ? [] : [probeTime(failing.probe, since, failuresBy(failing.probe, since, now) + 1)]),
  ];
  return candidates.length === 0 ? null : Math.min(...candidates);
}

/** The containers start (or restart after a back-off): Running, Ready unless a readiness probe fails. */
function startContainers(world: World, pod: Pod, source: string, restart: boolean): void {
  let ready = true;
  for (const container of pod.spec.containers) {
    recordEvent(world, {
      type: 'Normal',
      reason: 'Pulled',
      object: podObject(pod),
      namespace: pod.namespace,
      source,
      message:
        restart || isAddonImage(container.image)
          ? `Container image "${container.image}" already present on machine`
          : `Successfully pulled image "${container.image}"`,
      kind: 'pod-pulled',
    });
    recordEvent(world, {
      type: 'Normal',
      reason: 'Started',
      object: podObject(pod),
      namespace: pod.namespace,
      source,
      message: `Started container ${container.name}`,
      kind: 'pod-started',
      level: 'success',
    });
    if (container.readinessProbe === true && !answersProbes(container)) {
      ready = false;
      recordEvent(world, {
        type: 'Warning',
        reason: 'Unhealthy',
        object: podObject(pod),
        namespace: pod.namespace,
        source,
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
        kind: 'pod-not-ready',
      });
    }
  }
  replacePod(world, {
    ...pod,
    phase: 'Running',
    container: { state: 'running', since: world.now },
    restarts: restart ? pod.restarts + 1 : pod.restarts,
    ready,
    nextAt: nextRunningStep(pod, world.now, world.now),
  });
}

/**
 * While the containers run: the app ends on its own when its fate comes; otherwise a failing
 * liveness probe is recorded (Unhealthy), and at `failureThreshold` failures the kubelet kills the
 * container so that it restarts.
 */
function runContainer(world: World, pod: Pod, source: string): void {
  if (pod.container.state !== 'running') return;
  const since = pod.container.since;
  const fate = soonestFate(pod);
  if (fate !== undefined && since + Math.max(1, fate.afterMs) <= world.now) {
    exitContainer(world, pod, fate.exit);
    return;
  }
  const failing = failingLiveness(pod);
  const failures = failing === null ? 0 : failuresBy(failing.probe, since, world.now);
  if (failing !== null && failures > 0) {
    recordEvent(world, {
      type: 'Warning',
      reason: 'Unhealthy',
      object: podObject(pod),
      namespace: pod.namespace,
      source,
      message: failing.message,
      kind: 'pod-liveness-failed',
    });
    if (failures >= failing.probe.failureThreshold) {
      recordEvent(world, {
        type: 'Normal',
        reason: 'Killing',
        object: podObject(pod),
        namespace: pod.namespace,
        source,
        message: `Container ${failing.container.name} failed liveness probe, will be restarted`,
        kind: 'pod-liveness-killed',
        level: 'warning',
      });
      // The kubelet stops it with SIGTERM; the app exits 128 + 15.
      exitContainer(world, pod, { reason: 'Error', exitCode: 143, log: null });
      return;
    }
  }
  replacePod(world, { ...pod, nextAt: nextRunningStep(pod, since, world.now) });
}

/** The app exits (or is killed): the kubelet will restart it, as restartPolicy Always asks. */
function exitContainer(world: World, pod: Pod, exit: Fate['exit']): void {
  // Kubernetes records no pod event for an OOM kill (only Last State says OOMKilled): the
  // simulator's own event log says it, kubectl get events does not.
  if (exit.reason === 'OOMKilled')
    logEvent(
      world,
      'pod-oom-killed',
      `${pod.name}: container ${pod.spec.containers[0]?.name ?? ''} exceeded its memory limit and was killed (OOMKilled, exit code 137)`,
      'error',
    );
  replacePod(world, {
    ...pod,
    container: { state: 'terminated', reason: exit.reason, exitCode: exit.exitCode },
    lastExit: { ...exit, at: world.now },
    ready: false,
    nextAt: world.now + EXIT_SHOWN_MS,
  });
}
