import { findImage } from '../images';
import type { Service, Task } from '../types';
import type { World } from '../world';

/**
 * The service's CloudWatch metric CPUUtilization (what ECSServiceAverageCPUUtilization tracks,
 * §5.7), sampled every whole minute. The simulated load (`load` sets `service.loadRps`) is shared
 * by the RUNNING tasks; each serves `rpsPerVcpu` of its image per vCPU at 100 %, so
 * utilisation = load ÷ (Σ task vCPUs × rpsPerVcpu), at most 100 %. No RUNNING task, no datapoint.
 */
export const CPU_SAMPLES_KEPT = 60;

/** Requests per second one task serves at 100 % CPU. */
export function taskCapacityRps(task: Task): number {
  const serving = task.containers
    .map((c) => findImage(c.image))
    .find((image) => image !== undefined && image.listensOn !== null);
  const vcpus = Math.max(task.cpu, 128) / 1024;
  return serving === undefined ? 0 : vcpus * serving.rpsPerVcpu;
}

export function cpuPercent(loadRps: number, running: readonly Task[]): number {
  const capacity = running.reduce((sum, task) => sum + taskCapacityRps(task), 0);
  if (capacity <= 0) return loadRps > 0 ? 100 : 0;
  return Math.min(100, Math.round((loadRps / capacity) * 1000) / 10);
}

/** Appends this minute's datapoint to every ACTIVE service that has RUNNING tasks. */
export function sampleServiceCpu(world: World): void {
  if (world.services.length === 0) return;
  const running = new Map<string, Task[]>();
  for (const task of world.tasks) {
    if (task.serviceName === null || task.lastStatus !== 'RUNNING') continue;
    const key = `${task.cluster}/${task.serviceName}`;
    const list = running.get(key);
    if (list === undefined) running.set(key, [task]);
    else list.push(task);
  }
  world.services = world.services.map((service): Service => {
    const tasks = running.get(`${service.cluster}/${service.name}`);
    if (service.status !== 'ACTIVE' || tasks === undefined) return service;
    const sample = { at: world.now, percent: cpuPercent(service.loadRps, tasks) };
    return { ...service, cpuUtilization: [...service.cpuUtilization, sample].slice(-CPU_SAMPLES_KEPT) };
  });
}
