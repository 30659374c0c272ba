import { performance } from 'node:perf_hooks';
import { eksEngine } from '../lib/sim/eks/engine';
import type { EksCommand } from '../lib/sim/eks/commands';
import type { EksState } from '../lib/sim/eks/types';
import { deployment, template } from '../lib/sim/eks/testing';

/**
 * The EKS benchmark of issue 7: the kube-scheduler places 10,000 pods (ten Deployments of 1,000)
 * on 1,000 nodes, through the engine: filter and score plugins, the default topology spread and
 * binding, measured from the apply to every pod bound. Median of three runs after a warm-up.
 */
export interface EksBench {
  readonly nodes: number;
  readonly pods: number;
  readonly scheduleMs: number;
  readonly podsPerSecond: number;
}

function apply(state: EksState, command: EksCommand): EksState {
  const step = eksEngine.apply(state, command);
  if (step.error !== undefined) throw new Error(`${command.type}: ${step.error.message}`);
  return step.state;
}

function thousandNodes(): EksState {
  let state = eksEngine.init(1);
  state = apply(state, { type: 'CreateCluster', name: 'bench' });
  state = apply(state, { type: 'UpdateKubeconfig', name: 'bench' });
  state = apply(state, {
    type: 'CreateNodegroup',
    clusterName: 'bench',
    nodegroupName: 'workers',
    instanceType: 'm5.4xlarge',
    desiredSize: 1000,
    minSize: 1,
    maxSize: 1000,
    labels: {},
    taints: [],
    zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  });
  return eksEngine.tick(state, 12 * 60_000).state;
}

export function benchEks(): EksBench {
  const cluster = thousandNodes();
  const runs: number[] = [];
  let pods = 0;
  for (let run = 0; run < 4; run += 1) {
    let state = cluster;
    const start = performance.now();
    for (let index = 0; index < 10; index += 1)
      state = apply(state, { type: 'Apply', object: deployment(`app-${index}`, 1000, template(`app-${index}`, { cpu: 100, memory: 128 })) });
    const elapsed = performance.now() - start;
    pods = state.pods.filter((pod) => pod.namespace === 'default' && pod.nodeName !== null).length;
    if (run > 0) runs.push(elapsed);
  }
  const scheduleMs = Math.round([...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0);
  return { nodes: cluster.nodes.length, pods, scheduleMs, podsPerSecond: Math.round(pods / (scheduleMs / 1000)) };
}
