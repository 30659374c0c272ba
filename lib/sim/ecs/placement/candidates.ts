import { AGENT_VERSION } from '../catalog';
import type { EcsState, Task } from '../types';
import type { Candidate } from './placement-types';

interface Tally {
  group: number;
  service: number;
  running: number;
  groups: Set<string>;
}

/** Tasks that still hold their place on an instance: not STOPPED and meant to keep running. */
function counts(task: Task): boolean {
  return task.lastStatus !== 'STOPPED' && task.desiredStatus === 'RUNNING';
}

/**
 * The placement candidates of a cluster for a task group, built in one pass over the tasks.
 *
 * - Container instances of the cluster that are not INACTIVE (deregistered instances leave
 *   ListContainerInstances at once, §1.4); DRAINING ones stay so the explanation can show them.
 * - `groupTasks`: tasks with `task.group === group`, not STOPPED, desired RUNNING.
 * - `serviceTasks`: for a `service:NAME` group, the same count over tasks whose serviceName is
 *   NAME (what spread balances for services, §4.2); otherwise equal to `groupTasks`.
 * - `runningTasksCount`: tasks in the RUNNING state (§1.3). `taskGroups`: groups of the tasks that
 *   have not stopped, for `task:group` queries.
 * - `agentVersion`: every simulated agent runs the AMI's version (catalog AGENT_VERSION).
 *
 * `cluster` is compared with `ContainerInstance.cluster` and `Task.cluster` as stored.
 */
export function candidatesFor(
  state: Pick<EcsState, 'tasks' | 'containerInstances' | 'instances'>,
  cluster: string,
  group: string,
): Candidate[] {
  const serviceName = group.startsWith('service:') ? group.slice('service:'.length) : null;
  const tallies = new Map<string, Tally>();
  for (const task of state.tasks) {
    if (task.cluster !== cluster || task.containerInstanceId === null || task.lastStatus === 'STOPPED')
      continue;
    let tally = tallies.get(task.containerInstanceId);
    if (tally === undefined) {
      tally = { group: 0, service: 0, running: 0, groups: new Set() };
      tallies.set(task.containerInstanceId, tally);
    }
    if (task.lastStatus === 'RUNNING') tally.running += 1;
    if (task.group !== '') tally.groups.add(task.group);
    if (!counts(task)) continue;
    if (task.group === group) tally.group += 1;
    if (serviceName === null ? task.group === group : task.serviceName === serviceName) tally.service += 1;
  }
  // An EC2 instance that is stopping or shutting down takes no new tasks, though its container
  // instance stays ACTIVE until the host is gone (§1.4): its agent is as good as disconnected.
  const leaving = new Set(state.instances.filter((i) => i.state !== 'running').map((i) => i.id));
  return state.containerInstances
    .filter((instance) => instance.cluster === cluster && instance.status !== 'INACTIVE')
    .map((instance) => {
      const tally = tallies.get(instance.id);
      return {
        instance: leaving.has(instance.ec2InstanceId) ? { ...instance, agentConnected: false } : instance,
        groupTasks: tally?.group ?? 0,
        serviceTasks: tally?.service ?? 0,
        runningTasksCount: tally?.running ?? 0,
        taskGroups: tally === undefined ? [] : [...tally.groups],
        agentVersion: AGENT_VERSION,
      };
    });
}
