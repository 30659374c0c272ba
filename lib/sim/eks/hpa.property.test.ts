import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzTimeout, scenarioRuns } from '../../testing/fuzz-runs';
import { metricsServerDeployment } from './addons';
import type { EksCommand } from './commands';
import { eksEngine } from './engine';
import { HPA_SYNC_PERIOD_MS } from './scaling-figures';
import { applyObject, deployment, readyCluster, template } from './testing';
import type { EksState } from './types';

/**
 * Whatever the load and whatever a learner does to the Deployment, once the HPA has synced the
 * Deployment's replicas are within [minReplicas, maxReplicas] (or 0: an HPA leaves a target scaled
 * to zero alone, "scaling is disabled"), the engine keeps its invariants, and the same commands
 * replay to the same state.
 */

type Action =
  | { kind: 'load'; rps: number }
  | { kind: 'scale'; replicas: number }
  | { kind: 'hpa'; min: number; max: number; target: number }
  | { kind: 'wait'; ms: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('load' as const), rps: fc.integer({ min: 0, max: 20_000 }) }),
  fc.record({ kind: fc.constant('scale' as const), replicas: fc.integer({ min: 0, max: 30 }) }),
  fc
    .record({
      kind: fc.constant('hpa' as const),
      min: fc.integer({ min: 1, max: 6 }),
      extra: fc.integer({ min: 0, max: 10 }),
      target: fc.integer({ min: 10, max: 120 }),
    })
    .map(({ kind, min, extra, target }) => ({ kind, min, max: min + extra, target })),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1_000, max: 400_000 }) }),
);

function toCommand(a: Action): EksCommand | null {
  switch (a.kind) {
    case 'load':
      return { type: 'SetLoad', deployment: 'web', namespace: 'default', rps: a.rps };
    case 'scale':
      return { type: 'ScaleDeployment', name: 'web', namespace: 'default', replicas: a.replicas };
    case 'hpa':
      return {
        type: 'Apply',
        object: {
          kind: 'HorizontalPodAutoscaler',
          name: 'web',
          namespace: 'default',
          target: 'web',
          minReplicas: a.min,
          maxReplicas: a.max,
          targetCpuUtilization: a.target,
        },
      };
    case 'wait':
      return null;
  }
}

function start(): EksState {
  const { name, namespace, replicas, selector, template: podTemplate } = metricsServerDeployment(0);
  let state = applyObject(readyCluster(1, { nodes: 3 }), {
    kind: 'Deployment',
    name,
    namespace,
    replicas,
    selector,
    template: podTemplate,
  });
  state = applyObject(state, deployment('web', 3, template('web', { cpu: 250 })));
  return eksEngine.tick(state, 60_000).state;
}

const START = start();

describe('the HorizontalPodAutoscaler under random load and scaling', () => {
  it(
    'keeps the Deployment within [minReplicas, maxReplicas] after each sync',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({ min: fc.integer({ min: 1, max: 4 }), extra: fc.integer({ min: 0, max: 8 }) }),
          fc.array(action, { maxLength: 12 }),
          async ({ min, extra }, actions) => {
            await breathe(10);
            const first: Action = { kind: 'hpa', min, max: min + extra, target: 50 };
            let state = START;
            const log: { at: number; command: EksCommand }[] = [];
            for (const a of [first, ...actions]) {
              const command = toCommand(a);
              if (command === null) {
                state = eksEngine.tick(state, a.kind === 'wait' ? a.ms : 0).state;
              } else {
                log.push({ at: state.now, command });
                state = eksEngine.apply(state, command).state;
              }
              expect(eksEngine.checkInvariants?.(state)).toEqual([]);
              const hpa = state.hpas[0];
              const web = state.deployments.find((d) => d.name === 'web');
              const synced = hpa?.lastSyncAt !== null && hpa?.lastSyncAt !== undefined;
              const sinceCommand = log.length === 0 ? Infinity : state.now - (log.at(-1)?.at ?? 0);
              if (hpa !== undefined && web !== undefined && synced && sinceCommand >= HPA_SYNC_PERIOD_MS) {
                if (web.replicas !== 0) {
                  expect(web.replicas).toBeGreaterThanOrEqual(hpa.minReplicas);
                  expect(web.replicas).toBeLessThanOrEqual(hpa.maxReplicas);
                }
              }
            }
            let replayed = START;
            for (const entry of log) {
              replayed = eksEngine.tick(replayed, entry.at - replayed.now).state;
              replayed = eksEngine.apply(replayed, entry.command).state;
            }
            replayed = eksEngine.tick(replayed, state.now - replayed.now).state;
            expect(replayed).toEqual(state);
          },
        ),
        { numRuns: scenarioRuns(25) },
      );
    },
    fuzzTimeout(80),
  );
});
