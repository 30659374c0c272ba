import { fargateTaskHourly } from '../../sim/pricing/fargate';
import { albLines } from '../alb-lines';
import {
  BASELINE_REPLICAS,
  DELAY_MINUTES,
  ECS_TARGET_PERCENT,
  ECS_TRACKING_MINUTES,
  MAX_REPLICAS,
} from '../figures';
import { readyAfter, served, trackedReplicas } from '../scaling';
import { replicaCapacityRps } from '../workload';
import type { OptionModel } from './option-model';

/**
 * An ECS service on Fargate: the same Service Auto Scaling, no instances. Each task is billed for
 * the size it asks for, from the start of its image pull, per second with a one-minute minimum.
 */
export const ecsFargate: OptionModel = {
  id: 'ecs-fargate',
  name: 'ECS on Fargate',
  replicaWord: 'tasks',
  limits: () => ({ min: BASELINE_REPLICAS, max: MAX_REPLICAS }),
  rule: () =>
    `Tasks track ${ECS_TARGET_PERCENT} % CPU (${BASELINE_REPLICAS}–${MAX_REPLICAS}); out after 3 minutes above, in after 15 below.`,
  run(load, size) {
    const perTask = replicaCapacityRps(size.vcpu);
    const replicas = trackedReplicas(load, {
      perReplicaRps: perTask,
      targetPercent: ECS_TARGET_PERCENT,
      min: BASELINE_REPLICAS,
      max: MAX_REPLICAS,
      outMinutes: ECS_TRACKING_MINUTES.out,
      inMinutes: ECS_TRACKING_MINUTES.in,
    });
    const ready = readyAfter(replicas, DELAY_MINUTES.replica);
    const hourly = fargateTaskHourly(size.vcpu, size.memoryGb);
    return {
      replicas,
      ready,
      hosts: null,
      servedRps: served(load, ready, perTask),
      lines: [
        { key: 'fargate', label: 'Fargate tasks', perMinute: replicas.map((count) => (count * hourly) / 60) },
        ...albLines(load),
      ],
    };
  },
};
