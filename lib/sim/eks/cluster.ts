import type { CommandError } from '../core/types';
import { CLUSTER_CREATE_MS, KUBERNETES_VERSION } from './figures';
import { fillNodegroup } from './nodes';
import { nodeSize } from './node-sizes';
import type { DaemonSet, Deployment, Nodegroup, PodTemplate } from './types';
import { logEvent, type World } from './world';
import { KUBERNETES_SERVICE } from './services';
import { DEFAULT_MAX_SURGE } from './figures';

/** `aws eks create-cluster`: the control plane, run by AWS across three zones, is ACTIVE after several minutes. */
export function createCluster(world: World, name: string, version: string | undefined): CommandError | null {
  if (world.cluster !== null)
    return {
      code: 'ResourceInUseException',
      message:
        world.cluster.name === name
          ? `Cluster already exists with name: ${name}`
          : `This simulated account runs one cluster (${world.cluster.name}).`,
    };
  world.cluster = {
    name,
    version: version ?? KUBERNETES_VERSION,
    status: 'CREATING',
    createdAt: world.now,
    activeAt: world.now + CLUSTER_CREATE_MS,
  };
  logEvent(
    world,
    'cluster-creating',
    `Cluster ${name} is CREATING: AWS starts its control plane (API servers and etcd across three Availability Zones)`,
  );
  return null;
}

const template = (
  app: string,
  spec: Partial<PodTemplate['spec']> & Pick<PodTemplate['spec'], 'containers'>,
): PodTemplate => ({
  labels: { 'k8s-app': app },
  spec: { nodeSelector: {}, tolerations: [], ...spec },
});

/**
 * What every EKS cluster runs in kube-system: the VPC CNI (`aws-node`) and `kube-proxy` on every
 * node, and CoreDNS with two replicas. Their requests are the add-ons' defaults.
 */
function addons(world: World): { daemonSets: DaemonSet[]; deployments: Deployment[] } {
  const everywhere = [{ operator: 'Exists' as const }];
  return {
    daemonSets: [
      {
        name: 'aws-node',
        namespace: 'kube-system',
        selector: { 'k8s-app': 'aws-node' },
        template: template('aws-node', {
          containers: [
            {
              name: 'aws-node',
              image: 'public.ecr.aws/eks/aws-vpc-cni:v1.20.4',
              requests: { cpu: 25 },
              limits: {},
            },
          ],
          tolerations: everywhere,
        }),
        createdAt: world.now,
      },
      {
        name: 'kube-proxy',
        namespace: 'kube-system',
        selector: { 'k8s-app': 'kube-proxy' },
        template: template('kube-proxy', {
          containers: [
            {
              name: 'kube-proxy',
              image: 'public.ecr.aws/eks/kube-proxy:v1.33.3-eksbuild.10',
              requests: { cpu: 100 },
              limits: {},
            },
          ],
          tolerations: everywhere,
        }),
        createdAt: world.now,
      },
    ],
    deployments: [
      {
        name: 'coredns',
        namespace: 'kube-system',
        replicas: 2,
        selector: { 'k8s-app': 'kube-dns' },
        template: template('kube-dns', {
          containers: [
            {
              name: 'coredns',
              image: 'public.ecr.aws/eks/coredns:v1.12.3-eksbuild.1',
              requests: { cpu: 100, memory: 70 },
              limits: { memory: 170 },
            },
          ],
          tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }],
        }),
        maxSurge: DEFAULT_MAX_SURGE,
        maxUnavailable: '1',
        createdAt: world.now,
        generation: 1,
      },
    ],
  };
}

/** The control plane comes up; the default add-ons are installed. */
export function activateCluster(world: World): void {
  const cluster = world.cluster;
  if (cluster === null || cluster.status === 'ACTIVE' || cluster.activeAt > world.now) return;
  world.cluster = { ...cluster, status: 'ACTIVE' };
  const installed = addons(world);
  world.daemonSets.push(...installed.daemonSets);
  world.deployments.push(...installed.deployments);
  world.services.push({ ...KUBERNETES_SERVICE, createdAt: world.now });
  logEvent(
    world,
    'cluster-active',
    `Cluster ${cluster.name} is ACTIVE: kubectl can reach its API server`,
    'success',
  );
  for (const group of world.nodegroups) fillNodegroup(world, group);
}

/** What `aws eks create-nodegroup` asks for: a node group's settings, by name, in a named cluster. */
export type NodegroupRequest = Pick<
  Nodegroup,
  'instanceType' | 'desiredSize' | 'minSize' | 'maxSize' | 'labels' | 'taints' | 'zones'
> & { readonly clusterName: string; readonly nodegroupName: string };

function clusterNotFound(name: string): CommandError {
  return { code: 'ResourceNotFoundException', message: `No cluster found for name: ${name}.` };
}

/** `aws eks create-nodegroup`: an Auto Scaling group of worker nodes across the zones. */
export function createNodegroup(world: World, request: NodegroupRequest): CommandError | null {
  const cluster = world.cluster;
  if (cluster === null || cluster.name !== request.clusterName) return clusterNotFound(request.clusterName);
  if (world.nodegroups.some((group) => group.name === request.nodegroupName))
    return {
      code: 'ResourceInUseException',
      message: `NodeGroup already exists with name ${request.nodegroupName} and cluster name ${request.clusterName}`,
    };
  if (nodeSize(request.instanceType) === undefined)
    return {
      code: 'InvalidParameterException',
      message: `The instance type ${request.instanceType} is not offered in this simulated account.`,
    };
  if (request.minSize > request.desiredSize || request.desiredSize > request.maxSize)
    return {
      code: 'InvalidParameterException',
      message: 'Minimum capacity, desired size and maximum capacity must satisfy min <= desired <= max',
    };
  const group: Nodegroup = {
    name: request.nodegroupName,
    instanceType: request.instanceType,
    desiredSize: request.desiredSize,
    minSize: request.minSize,
    maxSize: request.maxSize,
    labels: request.labels,
    taints: request.taints,
    zones: request.zones,
    status: 'CREATING',
    createdAt: world.now,
  };
  world.nodegroups.push(group);
  logEvent(
    world,
    'nodegroup-creating',
    `Node group ${group.name} is CREATING: ${group.desiredSize} × ${group.instanceType} across the zones`,
  );
  if (cluster.status === 'ACTIVE') fillNodegroup(world, group);
  return null;
}

/** `aws eks update-kubeconfig --name NAME`: kubectl's context points at the cluster's endpoint from now on. */
export function updateKubeconfig(world: World, name: string): CommandError | null {
  if (world.cluster === null || world.cluster.name !== name) return clusterNotFound(name);
  world.kubeconfig = name;
  return null;
}
