import { describe, expect, it } from 'vitest';
import { containerFate, restartDelayMs } from './container-fate';
import { after, appPods, applyObject, deployment, readyCluster, run, template } from './testing';

describe('node failure (reference §7.5)', () => {
  function failed() {
    let state = after(
      applyObject(readyCluster(), deployment('web', 6, template('web', { cpu: 200 }))),
      30_000,
    );
    const victim = state.nodes[0]!;
    const onVictim = appPods(state, 'web')
      .filter((pod) => pod.nodeName === victim.name)
      .map((pod) => pod.name);
    state = run(state, { type: 'FailNode', node: victim.name }).state;
    return { state, victim: victim.name, onVictim, failedAt: state.now };
  }

  it('marks the node NotReady after the 50 s grace period, with the unreachable taints', () => {
    const { state, victim } = failed();
    expect(after(state, 49_000).nodes.find((node) => node.name === victim)?.ready).toBe('True');
    const later = after(state, 50_000).nodes.find((node) => node.name === victim);
    expect(later?.ready).toBe('Unknown');
    expect(later?.taints.map((taint) => `${taint.key}:${taint.effect}`)).toEqual([
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
    ]);
  });

  it('evicts its pods when the 300 s toleration runs out, 5m50s after the last heartbeat, and replaces them elsewhere', () => {
    const { state, victim, onVictim } = failed();
    expect(onVictim.length).toBeGreaterThan(0);
    const before = after(state, 349_000);
    expect(
      appPods(before, 'web')
        .filter((pod) => onVictim.includes(pod.name))
        .every((pod) => pod.deletedAt === null),
    ).toBe(true);
    const evicted = after(state, 350_000);
    const stale = appPods(evicted, 'web').filter((pod) => onVictim.includes(pod.name));
    // Terminating for good: the kubelet that would confirm it does not answer.
    expect(stale.every((pod) => pod.deletedAt !== null && pod.goneAt === null)).toBe(true);
    const settled = after(evicted, 15_000);
    const live = appPods(settled, 'web').filter((pod) => pod.deletedAt === null);
    expect(live).toHaveLength(6);
    expect(live.every((pod) => pod.nodeName !== victim && pod.phase === 'Running')).toBe(true);
    // DaemonSet pods tolerate the taint forever and stay.
    expect(
      settled.pods
        .filter((pod) => pod.nodeName === victim && pod.owner?.kind === 'DaemonSet')
        .every((pod) => pod.deletedAt === null),
    ).toBe(true);
  });

  it('finishes the deletions once the node answers again', () => {
    const { state, victim, onVictim } = failed();
    let next = after(state, 400_000);
    next = run(next, { type: 'RestoreNode', node: victim }).state;
    next = after(next, 10_000);
    expect(next.pods.some((pod) => onVictim.includes(pod.name))).toBe(false);
    expect(next.nodes.find((node) => node.name === victim)?.ready).toBe('True');
  });
});

describe('containers that fail once they run', () => {
  const web = (tag: string, extra: object = {}) => ({
    name: 'web',
    image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/web:${tag}`,
    requests: {},
    limits: {},
    ...extra,
  });

  it('exits without a setting it needs, runs with it, and is OOM-killed when it leaks past its limit', () => {
    expect(containerFate(web('1.6.0'))?.exit).toEqual({
      reason: 'Error',
      exitCode: 1,
      log: 'Error: DATABASE_URL is not set; refusing to start',
    });
    expect(containerFate(web('1.6.0', { env: { DATABASE_URL: 'postgres://db' } }))).toBeNull();
    expect(containerFate(web('1.7.0'))).toBeNull();
    expect(containerFate(web('1.7.0', { limits: { memory: 512 } }))?.exit.reason).toBe('OOMKilled');
  });

  it('restarts at once after the first exit, then backs off 10 s, 20 s, 40 s… up to five minutes', () => {
    expect([1, 2, 3, 4, 7, 10].map(restartDelayMs)).toEqual([0, 10_000, 20_000, 40_000, 300_000, 300_000]);
  });

  it('shows CrashLoopBackOff with a growing restart count, never Ready', () => {
    const crashing = template('api', {
      cpu: 100,
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.6.0',
    });
    let state = applyObject(readyCluster(), deployment('api', 1, crashing));
    // The kubelet's rule: the first restart comes at once, so the first back-off follows the second exit.
    const seen: string[] = [];
    for (let second = 0; second < 30; second += 1) {
      state = after(state, 1_000);
      const [pod] = appPods(state, 'api');
      const status = `${pod?.container.state === 'running' ? 'Running' : (pod?.container.reason ?? '')}/${pod?.restarts}`;
      if (seen.at(-1) !== status) seen.push(status);
    }
    expect(seen.slice(seen.indexOf('Running/0'))).toEqual([
      'Running/0',
      'Error/0',
      'Running/1',
      'Error/1',
      'CrashLoopBackOff/1',
      'Running/2',
      'Error/2',
      'CrashLoopBackOff/2',
    ]);
    state = after(state, 3 * 60_000);
    const [later] = appPods(state, 'api');
    expect(later?.restarts).toBeGreaterThan(3);
    expect(later?.ready).toBe(false);
    expect(
      state.kubeEvents.some(
        (event) =>
          event.reason === 'BackOff' &&
          event.message.startsWith('Back-off restarting failed container api in pod'),
      ),
    ).toBe(true);
  });
});
