import { ec2Hourly } from '../../sim/pricing/ec2';
import { EKS_CLUSTER_HOURLY } from '../../sim/pricing/eks';
import { albLines } from '../alb-lines';
import {
  BASELINE_REPLICAS,
  CLUSTER_AUTOSCALER_IN_MINUTES,
  DELAY_MINUTES,
  HPA_MINUTES,
  HPA_TARGET_PERCENT,
  MAX_REPLICAS,
  MIN_HOSTS,
} from '../figures';
import { hostsFor, readyAfter, served, trackedReplicas } from '../scaling';
import { podsPerNode } from '../sizes';
import { replicaCapacityRps } from '../workload';
import type { OptionModel } from './option-model';

/**
 * A Deployment on an EKS cluster with a managed node group. The HPA sizes the pods; the Cluster
 * Autoscaler adds nodes for pods that do not fit and removes a node unneeded for 10 minutes. The
 * cluster costs $0.10 an hour whatever runs on it (standard support), the nodes their On-Demand
 * price, and the AWS Load Balancer Controller's ALB its hours and LCUs.
 */
export const eks: OptionModel = {
  id: 'eks',
  name: 'EKS, managed nodes',
  replicaWord: 'pods',
  limits: () => ({ min: BASELINE_REPLICAS, max: MAX_REPLICAS }),
  rule: (size) =>
    `The HPA keeps pods at ${HPA_TARGET_PERCENT} % CPU (${BASELINE_REPLICAS}–${MAX_REPLICAS}); the Cluster Autoscaler adds ${size.hostType} nodes, ${podsPerNode(size)} pods each, at least ${MIN_HOSTS}.`,
  run(load, size) {
    const perPod = replicaCapacityRps(size.vcpu);
    const perNode = podsPerNode(size);
    const replicas = trackedReplicas(load, {
      perReplicaRps: perPod,
      targetPercent: HPA_TARGET_PERCENT,
      min: BASELINE_REPLICAS,
      max: MAX_REPLICAS,
      outMinutes: HPA_MINUTES.out,
      inMinutes: HPA_MINUTES.in,
    });
    const hosts = hostsFor(replicas, perNode, MIN_HOSTS, CLUSTER_AUTOSCALER_IN_MINUTES);
    const readyNodes = readyAfter(hosts, DELAY_MINUTES.host);
    const started = readyAfter(replicas, DELAY_MINUTES.replica);
    const ready = started.map((count, minute) => Math.min(count, (readyNodes[minute] ?? 0) * perNode));
    const nodeHourly = ec2Hourly(size.hostType);
    return {
      replicas,
      ready,
      hosts,
      servedRps: served(load, ready, perPod),
      lines: [
        {
          key: 'eks',
          label: 'EKS control plane',
          perMinute: load.map(() => EKS_CLUSTER_HOURLY.standardSupport / 60),
        },
        {
          key: 'ec2',
          label: `${size.hostType} nodes`,
          perMinute: hosts.map((count) => (count * nodeHourly) / 60),
        },
        ...albLines(load),
      ],
    };
  },
};
