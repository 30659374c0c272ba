import { describe, expect, it } from 'vitest';
import { livenessText } from './liveness';
import { parseManifests } from './manifest';
import type { ContainerSpec, EksState, LivenessProbe } from './types';
import { after, appPods, applyObject, deployment, readyCluster, template } from './testing';

/**
 * Liveness probes as the Kubernetes docs describe them ("Configure Liveness, Readiness and Startup
 * Probes"): the kubelet probes from initialDelaySeconds on, every periodSeconds; failureThreshold
 * failures in a row and it kills the container ("failed liveness probe, will be restarted"), which
 * then restarts under restartPolicy Always with the usual back-off.
 */

const UNHEALTHY = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.8.0';
const HEALTHY = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0';

const httpProbe: LivenessProbe = {
  handler: 'httpGet',
  path: '/health',
  port: 8080,
  initialDelaySeconds: 5,
  periodSeconds: 10,
  timeoutSeconds: 1,
  failureThreshold: 3,
};

function probed(image: string, extra: Partial<ContainerSpec>): EksState {
  const base = template('web', { cpu: 100, image });
  const container = { ...base.spec.containers[0]!, ...extra };
  const podTemplate = { ...base, spec: { ...base.spec, containers: [container] } };
  return applyObject(readyCluster(), deployment('web', 1, podTemplate));
}

const podEvents = (state: EksState, reason: string) => {
  const [pod] = appPods(state, 'web');
  return state.kubeEvents.filter((event) => event.object === `pod/${pod?.name}` && event.reason === reason);
};

const runningSince = (state: EksState) => {
  const container = appPods(state, 'web')[0]?.container;
  return container?.state === 'running' ? container.since : null;
};

describe('liveness probes', () => {
  it('records each failed HTTP probe and kills the container at the third, which restarts at once', () => {
    let state = after(probed(UNHEALTHY, { livenessProbe: httpProbe }), 10_000);
    const since = runningSince(state)!;
    // Without a readiness probe the pod is Ready while it runs, failing liveness or not.
    expect(appPods(state, 'web')[0]?.ready).toBe(true);
    state = after(state, since + 24_000 - state.now);
    expect(podEvents(state, 'Unhealthy')[0]).toMatchObject({
      type: 'Warning',
      message: 'Liveness probe failed: HTTP probe failed with statuscode: 503',
      count: 2,
      at: since + 5_000,
    });
    expect(podEvents(state, 'Killing')).toHaveLength(0);
    state = after(state, 1_000);
    expect(podEvents(state, 'Unhealthy')[0]?.count).toBe(3);
    expect(podEvents(state, 'Killing')[0]).toMatchObject({
      type: 'Normal',
      message: 'Container web failed liveness probe, will be restarted',
      at: since + 25_000,
    });
    expect(appPods(state, 'web')[0]?.lastExit).toMatchObject({ reason: 'Error', exitCode: 143 });
    state = after(state, 5_000);
    const [pod] = appPods(state, 'web');
    expect(pod?.restarts).toBe(1);
    expect(pod?.container.state).toBe('running');
  });

  it('applies the CrashLoopBackOff back-off when the probe kills the container again', () => {
    let state = after(probed(UNHEALTHY, { livenessProbe: httpProbe }), 10_000);
    const since = runningSince(state)!;
    // Killed at 25 s, restarted 2 s later, killed again 25 s after that: the second restart waits 10 s.
    state = after(state, since + 58_000 - state.now);
    expect(podEvents(state, 'Killing')[0]).toMatchObject({ count: 2, lastAt: since + 52_000 });
    const [pod] = appPods(state, 'web');
    expect(pod?.container).toEqual({ state: 'waiting', reason: 'CrashLoopBackOff' });
    expect(pod?.restarts).toBe(1);
    expect(podEvents(state, 'BackOff')).toHaveLength(1);
    state = after(state, 5_000);
    expect(runningSince(state)).toBe(since + 62_000);
    expect(appPods(state, 'web')[0]?.restarts).toBe(2);
  });

  it('passes a TCP probe: the unhealthy app still accepts connections on its port', () => {
    const state = after(
      probed(UNHEALTHY, { livenessProbe: { ...httpProbe, handler: 'tcpSocket', path: undefined } }),
      5 * 60_000,
    );
    expect(podEvents(state, 'Unhealthy')).toHaveLength(0);
    expect(appPods(state, 'web')[0]?.restarts).toBe(0);
  });

  it('leaves a healthy app alone', () => {
    const state = after(probed(HEALTHY, { livenessProbe: httpProbe }), 5 * 60_000);
    expect(podEvents(state, 'Unhealthy')).toHaveLength(0);
    expect(appPods(state, 'web')[0]?.restarts).toBe(0);
  });

  it('keeps readiness apart: a failing readiness probe takes the pod out of service but never restarts it', () => {
    const state = after(probed(UNHEALTHY, { readinessProbe: true }), 5 * 60_000);
    const [pod] = appPods(state, 'web');
    expect(pod?.ready).toBe(false);
    expect(pod?.restarts).toBe(0);
    expect(podEvents(state, 'Unhealthy')[0]?.message).toBe(
      'Readiness probe failed: HTTP probe failed with statuscode: 503',
    );
  });

  it('describes the probe as kubectl describe prints it', () => {
    expect(livenessText(httpProbe)).toBe(
      'http-get http://:8080/health delay=5s timeout=1s period=10s #success=1 #failure=3',
    );
    expect(livenessText({ ...httpProbe, handler: 'exec', command: ['cat', '/tmp/healthy'] })).toBe(
      'exec [cat /tmp/healthy] delay=5s timeout=1s period=10s #success=1 #failure=3',
    );
  });
});

describe('livenessProbe in a manifest', () => {
  const pod = (probe: string) =>
    parseManifests(
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: web\n      image: nginx\n      livenessProbe:\n${probe}`,
      'pod.yaml',
    );

  it('takes the defaults the API server gives: period 10 s, timeout 1 s, failure threshold 3', () => {
    const parsed = pod('        httpGet: {port: 8080}\n');
    expect(
      parsed.ok && parsed.objects[0]?.kind === 'Pod' && parsed.objects[0].template.spec.containers[0],
    ).toMatchObject({
      livenessProbe: {
        handler: 'httpGet',
        path: '/',
        port: 8080,
        initialDelaySeconds: 0,
        periodSeconds: 10,
        timeoutSeconds: 1,
        failureThreshold: 3,
      },
    });
  });

  it('refuses what validateProbe refuses, in the API server’s words', () => {
    expect(pod('        periodSeconds: 5\n')).toEqual({
      ok: false,
      error:
        'The Pod "x" is invalid: spec.containers[0].livenessProbe: Required value: must specify a handler type',
    });
    expect(pod('        exec: {command: [cat, /tmp/ok]}\n        httpGet: {port: 80}\n')).toEqual({
      ok: false,
      error:
        'The Pod "x" is invalid: spec.containers[0].livenessProbe.httpGet: Forbidden: may not specify more than 1 handler type',
    });
    expect(pod('        tcpSocket: {port: 80}\n        failureThreshold: -1\n')).toEqual({
      ok: false,
      error:
        'The Pod "x" is invalid: spec.containers[0].livenessProbe.failureThreshold: Invalid value: -1: must be greater than or equal to 0',
    });
    expect(pod('        tcpSocket: {port: 80}\n        successThreshold: 2\n')).toEqual({
      ok: false,
      error:
        'The Pod "x" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    });
    expect(pod('        httpGet: {path: /health, port: 70000}\n')).toEqual({
      ok: false,
      error:
        'The Pod "x" is invalid: spec.containers[0].livenessProbe.httpGet.port: Invalid value: 70000: must be between 1 and 65535, inclusive',
    });
    expect(pod('        exec: {command: []}\n')).toEqual({
      ok: false,
      error: 'The Pod "x" is invalid: spec.containers[0].livenessProbe.exec.command: Required value',
    });
  });
});
