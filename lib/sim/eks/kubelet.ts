import { findImage } from '../ecs/images';
import { answersProbes, containerFate, EXIT_SHOWN_MS, restartBackoffMs } from './container-fate';
import { isAddonImage, podObject } from './pods';
import type { Pod } from './types';
import { recordEvent, replacePod, type World } from './world';

/**
 * The kubelet on a pod's node, each time the pod's `nextAt` comes: a failed pull backs off, the
 * containers start (or restart after a crash back-off), and an app that exits or is OOM-killed
 * waits out its back-off before the next start.
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
  if (pod.container.state === 'running') exitContainer(world, pod, source);
  else if (pod.container.state === 'terminated') {
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
      nextAt: (pod.lastExit?.at ?? world.now) + restartBackoffMs(pod.restarts),
    });
  } else startContainers(world, pod, source, pod.container.reason === 'CrashLoopBackOff');
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
  const fates = pod.spec.containers.map(containerFate).filter((fate) => fate !== null);
  const soonest = fates.length === 0 ? null : Math.min(...fates.map((fate) => fate.afterMs));
  replacePod(world, {
    ...pod,
    phase: 'Running',
    container: { state: 'running', since: world.now },
    ready,
    nextAt: soonest === null ? null : world.now + Math.max(1, soonest),
  });
}

/** The app exits (or is OOM-killed): the kubelet will restart it after a back-off, as restartPolicy Always asks. */
function exitContainer(world: World, pod: Pod, source: string): void {
  const fate = pod.spec.containers
    .map(containerFate)
    .filter((candidate) => candidate !== null)
    .sort((a, b) => a.afterMs - b.afterMs)[0];
  if (fate === undefined) {
    replacePod(world, { ...pod, nextAt: null });
    return;
  }
  if (fate.exit.reason === 'OOMKilled')
    recordEvent(world, {
      type: 'Warning',
      reason: 'OOMKilled',
      object: podObject(pod),
      namespace: pod.namespace,
      source,
      message: `Container ${pod.spec.containers[0]?.name ?? ''} exceeded its memory limit and was killed (exit code 137)`,
      kind: 'pod-oom-killed',
      level: 'error',
    });
  replacePod(world, {
    ...pod,
    container: { state: 'terminated', reason: fate.exit.reason, exitCode: fate.exit.exitCode },
    restarts: pod.restarts + 1,
    lastExit: { ...fate.exit, at: world.now },
    ready: false,
    nextAt: world.now + EXIT_SHOWN_MS,
  });
}
