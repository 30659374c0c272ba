import type { EksState } from '../../sim/eks/types';
import { registered } from '../../sim/eks/pod-requests';
import { humanDuration } from './kubectl-age';
import type { Listing } from './kubectl-listing-types';
import { timestamp } from './kubectl-objects';
import type { ResourceType } from './kubectl-resources';

/**
 * `kubectl get nodepools` (NAME NODECLASS NODES READY AGE) and `kubectl get nodeclaims` (NAME TYPE
 * CAPACITY ZONE NODE READY AGE): the printer columns of Karpenter's CRDs. A NodeClaim's NODE is
 * empty and READY Unknown until its instance has registered.
 */
export function karpenterListing(state: EksState, type: ResourceType): Listing | null {
  const age = (at: number) => humanDuration(state.now - at);
  const joined = (name: string) => state.nodes.find((node) => node.name === name && registered(node));
  if (type === 'nodepools')
    return {
      namespaced: false,
      headers: ['NAME', 'NODECLASS', 'NODES', 'READY', 'AGE'],
      wideHeaders: [],
      rows: state.nodePools.map((pool) => ({
        name: pool.name,
        namespace: null,
        cells: [
          pool.name,
          pool.nodeClass,
          String(
            state.nodeClaims.filter((claim) => claim.nodePool === pool.name && joined(claim.nodeName)).length,
          ),
          'True',
          age(pool.createdAt),
        ],
        wide: [],
        object: {
          apiVersion: 'karpenter.sh/v1',
          kind: 'NodePool',
          metadata: { name: pool.name, creationTimestamp: timestamp(pool.createdAt) },
          spec: {
            template: {
              ...(Object.keys(pool.labels).length > 0 ? { metadata: { labels: pool.labels } } : {}),
              spec: {
                requirements: pool.requirements.map((requirement) => ({ ...requirement })),
                nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: pool.nodeClass },
              },
            },
            ...(pool.cpuLimit === null ? {} : { limits: { cpu: `${pool.cpuLimit}m` } }),
          },
        },
      })),
    };
  if (type === 'nodeclaims')
    return {
      namespaced: false,
      headers: ['NAME', 'TYPE', 'CAPACITY', 'ZONE', 'NODE', 'READY', 'AGE'],
      wideHeaders: [],
      rows: state.nodeClaims.map((claim) => {
        const node = joined(claim.nodeName);
        return {
          name: claim.name,
          namespace: null,
          cells: [
            claim.name,
            claim.instanceType,
            'on-demand',
            claim.zone,
            node === undefined ? '' : node.name,
            node === undefined ? 'Unknown' : node.ready,
            age(claim.createdAt),
          ],
          wide: [],
          object: {
            apiVersion: 'karpenter.sh/v1',
            kind: 'NodeClaim',
            metadata: {
              name: claim.name,
              labels: { 'karpenter.sh/nodepool': claim.nodePool },
              creationTimestamp: timestamp(claim.createdAt),
            },
            status:
              node === undefined
                ? {}
                : { nodeName: node.name, providerID: `aws:///${node.zone}/${node.instanceId}` },
          },
        };
      }),
    };
  return null;
}
