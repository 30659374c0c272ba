import { ec2Hourly } from '../../sim/pricing/ec2';
import { albLines } from '../alb-lines';
import {
  BASELINE_REPLICAS,
  DELAY_MINUTES,
  ECS_TARGET_PERCENT,
  ECS_TRACKING_MINUTES,
  MANAGED_SCALING_IN_MINUTES,
  MAX_REPLICAS,
  MIN_HOSTS,
} from '../figures';
import { hostsFor, readyAfter, served, trackedReplicas } from '../scaling';
import { tasksPerInstance } from '../sizes';
import { replicaCapacityRps } from '../workload';
import type { OptionModel } from './option-model';

/**
 * An ECS service on container instances from an Auto Scaling group. Service Auto Scaling tracks
 * CPU; a capacity provider's managed scaling (target capacity 100 %) keeps enough instances for
 * the tasks, binpacked, and removes one only after 15 minutes empty (§5.6). You pay for the
 * instances, busy or not; ECS itself adds no charge.
 */
export const ecsEc2: OptionModel = {
  id: 'ecs-ec2',
  name: 'ECS on EC2',
  replicaWord: 'tasks',
  limits: () => ({ min: BASELINE_REPLICAS, max: MAX_REPLICAS }),
  rule: (size) =>
    `Tasks track ${ECS_TARGET_PERCENT} % CPU (${BASELINE_REPLICAS}–${MAX_REPLICAS}); managed scaling adds ${size.hostType} instances, ${tasksPerInstance(size)} tasks each, at least ${MIN_HOSTS}.`,
  run(load, size) {
    const perTask = replicaCapacityRps(size.vcpu);
    const perHost = tasksPerInstance(size);
    const replicas = trackedReplicas(load, {
      perReplicaRps: perTask,
      targetPercent: ECS_TARGET_PERCENT,
      min: BASELINE_REPLICAS,
      max: MAX_REPLICAS,
      outMinutes: ECS_TRACKING_MINUTES.out,
      inMinutes: ECS_TRACKING_MINUTES.in,
    });
    const hosts = hostsFor(replicas, perHost, MIN_HOSTS, MANAGED_SCALING_IN_MINUTES);
    const readyHosts = readyAfter(hosts, DELAY_MINUTES.host);
    const started = readyAfter(replicas, DELAY_MINUTES.replica);
    const ready = started.map((count, minute) => Math.min(count, (readyHosts[minute] ?? 0) * perHost));
    const hourly = ec2Hourly(size.hostType);
    return {
      replicas,
      ready,
      hosts,
      servedRps: served(load, ready, perTask),
      lines: [
        {
          key: 'ec2',
          label: `${size.hostType} instances`,
          perMinute: hosts.map((count) => (count * hourly) / 60),
        },
        ...albLines(load),
      ],
    };
  },
};
