import { ACCOUNT_ID, DEFAULT_SUBNETS } from '../ecs/catalog';
import type { Preset } from '../core/types';

const SUBNETS = DEFAULT_SUBNETS.map((subnet) => subnet.id);

/** The console lines that create the cluster `demo` and point kubectl at it. */
export const CREATE_CLUSTER_LINES = [
  `aws eks create-cluster --name demo --role-arn arn:aws:iam::${ACCOUNT_ID}:role/eksClusterRole --resources-vpc-config subnetIds=${SUBNETS.join(',')}`,
  'aws eks update-kubeconfig --name demo',
];

/** A managed node group of `count` nodes of `instanceType`, balanced across the three zones. */
export function nodegroupLine(count: number, instanceType = 'm5.large', name = 'workers'): string {
  return `aws eks create-nodegroup --cluster-name demo --nodegroup-name ${name} --subnets ${SUBNETS.join(' ')} --node-role arn:aws:iam::${ACCOUNT_ID}:role/eksNodeRole --instance-types ${instanceType} --scaling-config minSize=1,maxSize=${Math.max(count, 6)},desiredSize=${count}`;
}

/** Cluster creation takes several minutes and nodes about a minute and a half: presets start after both. */
const READY_AT = 12 * 60_000;

/** Starting points for the EKS simulator: a seed plus console lines, as if typed. */
export const EKS_PRESETS: readonly Preset[] = [
  {
    id: 'empty-account',
    title: 'An empty account',
    description:
      'A VPC (192.168.0.0/16, as eksctl makes) with three subnets, one per Availability Zone; no cluster yet, and kubectl not configured.',
    seed: 21,
    setup: [],
  },
  {
    id: 'three-nodes',
    title: 'A cluster with three worker nodes',
    description:
      'The cluster demo, ACTIVE, with kubectl configured, and a managed node group of three m5.large nodes, one per Availability Zone, running the add-ons (VPC CNI, kube-proxy, CoreDNS).',
    seed: 22,
    setup: [...CREATE_CLUSTER_LINES, nodegroupLine(3)],
    startAt: READY_AT,
  },
  {
    id: 'web-deployment',
    title: 'A Deployment on three nodes',
    description:
      'The three-node cluster with the web Deployment (three nginx replicas, 250m CPU and 256 MiB each) running.',
    seed: 23,
    setup: [...CREATE_CLUSTER_LINES, nodegroupLine(3), 'sleep 720', 'kubectl apply -f web.yaml'],
    startAt: READY_AT + 60_000,
  },
  {
    id: 'pending-pod',
    title: 'A pod that fits nowhere',
    description:
      'The three-node cluster running hungry, whose pods each request 1,500m of CPU: three run, one per node, and the fourth is Pending with a FailedScheduling event (3 Insufficient cpu).',
    seed: 24,
    setup: [
      ...CREATE_CLUSTER_LINES,
      nodegroupLine(3),
      'sleep 720',
      'kubectl apply -f hungry.yaml',
      'sleep 30',
      'kubectl scale deployment hungry --replicas=4',
    ],
    startAt: READY_AT + 60_000,
  },
  {
    id: 'tainted-node',
    title: 'A tainted node group',
    description:
      'The three m5.large workers plus a node group batch: one m5.xlarge in us-east-1a, labelled workload=batch and tainted dedicated=batch:NoSchedule, so only pods that tolerate the taint may run there.',
    seed: 25,
    setup: [
      ...CREATE_CLUSTER_LINES,
      nodegroupLine(3),
      `${nodegroupLine(1, 'm5.xlarge', 'batch')} --labels workload=batch --taints key=dedicated,value=batch,effect=NO_SCHEDULE`,
    ],
    startAt: READY_AT,
  },
  {
    id: 'stalled-rollout',
    title: 'A rollout that stalls',
    description:
      'The Deployment api (four replicas with a readiness probe) part way through a rollout to web:1.8.0, whose pods run but never pass the probe: three old pods serve, two new ones wait un-Ready.',
    seed: 26,
    setup: [
      ...CREATE_CLUSTER_LINES,
      nodegroupLine(3),
      'sleep 720',
      'kubectl apply -f api.yaml',
      'sleep 60',
      `kubectl set image deployment/api api=${ACCOUNT_ID}.dkr.ecr.us-east-1.amazonaws.com/web:1.8.0`,
    ],
    startAt: READY_AT + 3 * 60_000,
  },
  {
    id: 'scaling-playground',
    title: 'Two nodes with room to grow',
    description:
      'The cluster with a node group of two m5.large nodes that may grow to six, running the web Deployment (three replicas); no autoscaler installed yet.',
    seed: 27,
    setup: [...CREATE_CLUSTER_LINES, nodegroupLine(2), 'sleep 720', 'kubectl apply -f web.yaml'],
    startAt: READY_AT + 60_000,
  },
];
