import { fargateTaskHourly } from '../../sim/pricing/fargate';
import { albLines } from '../alb-lines';
import { DELAY_MINUTES, ECS_TRACKING_MINUTES, EXPRESS_SCALING } from '../figures';
import { readyAfter, served, trackedReplicas } from '../scaling';
import { replicaCapacityRps } from '../workload';
import type { OptionModel } from './option-model';

/**
 * ECS Express Mode with the defaults it creates (§9): Fargate tasks behind its own HTTPS
 * Application Load Balancer, target tracking on CPU at 60 %, 1 to 20 tasks. Express Mode adds no
 * charge of its own; the tasks and the load balancer are billed as usual. Several Express services
 * can share one load balancer; here one service pays for all of it.
 */
export const ecsExpress: OptionModel = {
  id: 'ecs-express',
  name: 'ECS Express Mode',
  replicaWord: 'tasks',
  limits: () => ({ min: EXPRESS_SCALING.min, max: EXPRESS_SCALING.max }),
  rule: () =>
    `Created for you: tasks track ${EXPRESS_SCALING.targetPercent} % CPU, ${EXPRESS_SCALING.min}–${EXPRESS_SCALING.max} tasks (you can change them).`,
  run(load, size) {
    const perTask = replicaCapacityRps(size.vcpu);
    const replicas = trackedReplicas(load, {
      perReplicaRps: perTask,
      targetPercent: EXPRESS_SCALING.targetPercent,
      min: EXPRESS_SCALING.min,
      max: EXPRESS_SCALING.max,
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
