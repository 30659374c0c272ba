import { describe, expect, it } from 'vitest';
import { EKS_EXAMPLE_FILES } from './example-files';
import { parseManifests } from './manifest';
import type { KubeObject } from './objects';
import { after, applyObject, deployment, readyCluster, run, template } from './testing';
import type { EksState } from './types';

/**
 * Karpenter (karpenter.sh/v1 NodePool; Karpenter docs, "Scheduling" and "NodePools"): for pods the
 * scheduler cannot place it launches, straight from EC2, the cheapest On-Demand instance type that
 * holds the batch, within the NodePool's requirements and CPU limit, and nominates the pods to it.
 */

function example(file: string): KubeObject {
  const parsed = parseManifests(EKS_EXAMPLE_FILES[file] ?? '', file);
  if (!parsed.ok) throw new Error(parsed.error);
  const [object] = parsed.objects;
  if (object === undefined) throw new Error(`${file} is empty`);
  return object;
}

const withKarpenter = (state: EksState) => after(applyObject(state, example('karpenter.yaml')), 30_000);

/** 24 pods of 250m and 256 MiB: about half of them the two m5.large nodes cannot hold. */
function overflow(state: EksState): EksState {
  return applyObject(state, deployment('web', 24, template('web', { cpu: 250, memory: 256 })));
}

describe('Karpenter', () => {
  it('refuses a NodePool until Karpenter (and so its CRDs) is installed', () => {
    const step = run(readyCluster(1, { nodes: 2 }), { type: 'Apply', object: example('nodepool.yaml') });
    expect(step.error).toEqual({
      code: 'NoMatch',
      message: 'no matches for kind "NodePool" in version "karpenter.sh/v1"\nensure CRDs are installed first',
    });
  });

  it('launches the cheapest instance type that holds the whole batch, about a second after the pods wait', () => {
    let state = applyObject(withKarpenter(readyCluster(1, { nodes: 2 })), example('nodepool.yaml'));
    const start = state.now;
    state = after(overflow(state), 3_000);
    expect(state.nodeClaims).toHaveLength(1);
    const [claim] = state.nodeClaims;
    expect(claim?.createdAt).toBeLessThanOrEqual(start + 2_000);
    // The waiting pods need more than a 2-vCPU type holds; c5.xlarge ($0.17/h) is the cheapest 4-vCPU c, m or r type.
    expect(claim?.instanceType).toBe('c5.xlarge');
    const node = state.nodes.find((candidate) => candidate.name === claim?.nodeName);
    expect(node?.labels).toMatchObject({
      'karpenter.sh/nodepool': 'default',
      'karpenter.sh/capacity-type': 'on-demand',
      'node.kubernetes.io/instance-type': 'c5.xlarge',
    });
    expect(state.kubeEvents.filter((event) => event.reason === 'Nominated')).toHaveLength(
      claim?.pods.length ?? -1,
    );
    state = after(state, 3 * 60_000);
    expect(state.pods.filter((pod) => pod.labels['app'] === 'web' && pod.nodeName === null)).toEqual([]);
  });

  it('stays within the NodePool’s CPU limit', () => {
    const pool = example('nodepool.yaml');
    if (pool.kind !== 'NodePool') throw new Error('not a NodePool');
    let state = applyObject(withKarpenter(readyCluster(1, { nodes: 2 })), { ...pool, cpuLimit: 1000 });
    state = after(overflow(state), 20_000);
    expect(state.nodeClaims).toEqual([]);
  });

  it('leaves alone pods whose nodeSelector no NodePool node can satisfy', () => {
    let state = applyObject(withKarpenter(readyCluster(1, { nodes: 2 })), example('nodepool.yaml'));
    state = applyObject(
      state,
      deployment(
        'pinned',
        12,
        template('pinned', { cpu: 250, nodeSelector: { 'eks.amazonaws.com/nodegroup': 'workers' } }),
      ),
    );
    state = after(state, 20_000);
    expect(state.nodeClaims).toEqual([]);
  });
});

describe('NodePool manifests', () => {
  const manifest = (
    requirements: string,
    nodeClassRef = '      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}\n',
  ) =>
    parseManifests(
      `apiVersion: karpenter.sh/v1\nkind: NodePool\nmetadata:\n  name: default\nspec:\n  template:\n    spec:\n${nodeClassRef}      requirements:\n${requirements}`,
      'nodepool.yaml',
    );

  it('needs a nodeClassRef', () => {
    expect(manifest('        - {key: kubernetes.io/arch, operator: In, values: [amd64]}\n', '')).toEqual({
      ok: false,
      error: 'The NodePool "default" is invalid: spec.template.spec.nodeClassRef: Required value',
    });
  });

  it('says plainly that Spot capacity is not simulated', () => {
    expect(
      manifest('        - {key: karpenter.sh/capacity-type, operator: In, values: [spot]}\n'),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Dockyard: .*On-Demand instances only/),
    });
  });
});
