import { describe, expect, it } from 'vitest';
import { checkEksInvariants } from './invariants';
import { after, deployment, readyCluster, run } from './testing';
import type { KubeObject } from './objects';
import type { EksState } from './types';

const inShop: KubeObject = {
  ...(deployment('api', 2) as Extract<KubeObject, { kind: 'Deployment' }>),
  namespace: 'shop',
};
const shopPods = (state: EksState) => state.pods.filter((pod) => pod.namespace === 'shop');

describe('namespaces (the NamespaceLifecycle admission plugin)', () => {
  it('refuses an object in a namespace that does not exist, in the API server’s words', () => {
    const step = run(readyCluster(), { type: 'Apply', object: inShop });
    expect(step.error).toEqual({ code: 'NotFound', message: 'namespaces "shop" not found' });
  });

  it('creates a namespace once: a second create is refused, an apply leaves it unchanged', () => {
    const created = run(readyCluster(), { type: 'CreateNamespace', name: 'shop' });
    expect(created.error).toBeUndefined();
    expect(run(created.state, { type: 'CreateNamespace', name: 'shop' }).error).toEqual({
      code: 'AlreadyExists',
      message: 'namespaces "shop" already exists',
    });
    expect(run(created.state, { type: 'CreateNamespace', name: 'default' }).error?.code).toBe(
      'AlreadyExists',
    );
    const applied = run(created.state, {
      type: 'Apply',
      object: { kind: 'Namespace', name: 'shop', namespace: '' },
    });
    expect(applied.response).toEqual({ result: 'unchanged' });
  });

  it('deleting a namespace deletes what is in it; it is Terminating until its pods are gone', () => {
    let state = run(readyCluster(), { type: 'CreateNamespace', name: 'shop' }).state;
    state = after(run(state, { type: 'Apply', object: inShop }).state, 30_000);
    expect(shopPods(state).filter((pod) => pod.phase === 'Running')).toHaveLength(2);
    state = run(state, { type: 'Delete', kind: 'Namespace', name: 'shop', namespace: '' }).state;
    expect(state.deployments.some((candidate) => candidate.namespace === 'shop')).toBe(false);
    expect(state.namespaces).toEqual([expect.objectContaining({ name: 'shop', deletedAt: state.now })]);
    // While it terminates, nothing new may go in.
    expect(run(state, { type: 'Apply', object: inShop }).error).toEqual({
      code: 'Forbidden',
      message:
        'deployments.apps "api" is forbidden: unable to create new content in namespace shop because it is being terminated',
    });
    state = after(state, 30_000);
    expect(shopPods(state)).toEqual([]);
    expect(state.namespaces).toEqual([]);
    expect(checkEksInvariants(state)).toEqual([]);
  });

  it('will not delete default, kube-system or kube-public', () => {
    for (const name of ['default', 'kube-system', 'kube-public'])
      expect(run(readyCluster(), { type: 'Delete', kind: 'Namespace', name, namespace: '' }).error).toEqual({
        code: 'Forbidden',
        message: `namespaces "${name}" is forbidden: this namespace may not be deleted`,
      });
  });
});
