import { DEFAULT_RESERVED_PORTS, instanceTypeSpec, registeredMemoryMiB } from '../catalog';
import { definitionOf } from '../tasks/find';
import { taskReservation } from '../tasks/size';
import type { CapacityProvider, ReservedResources } from '../types';
import { emit, type World } from '../world';
import { isInService, busyInstances } from './asg-reconcile';
import { setGroupDesired } from './auto-scaling-groups';
import { isWaitingForCapacity } from './place-waiting';

/**
 * Managed scaling of an Auto Scaling group capacity provider (§5.6), evaluated every minute.
 * ECS computes CapacityProviderReservation (M instances needed of N in service, see
 * {@link capacityProviderReservation}) and moves the group's desired capacity so that the metric reaches
 * `targetCapacity`, in steps within the provider's minimum and maximum step sizes:
 * - M counts the instances running non-daemon tasks, plus those the tasks waiting in PROVISIONING
 *   need: binpacked first into empty instances (booting or idle), then into new ones. N = 0 with
 *   tasks waiting is the documented 200 %.
 * - Scale-in removes only instances that have been empty for 15 minutes (the metric's scale-in
 *   alarm needs 15 datapoints, like target tracking, §5.7); which ones go is the group's choice,
 *   limited to empty ones by managed termination protection (asg-reconcile.ts).
 */
export const IDLE_BEFORE_SCALE_IN_MS = 15 * 60_000;

interface Bin {
  cpu: number;
  memory: number;
  enis: number;
  ports: Set<number>;
}

function fits(bin: Bin, need: ReservedResources): boolean {
  return (
    bin.cpu >= need.cpu &&
    bin.memory >= need.memory &&
    bin.enis >= need.enis &&
    need.ports.every((p) => !bin.ports.has(p))
  );
}

function take(bin: Bin, need: ReservedResources): void {
  bin.cpu -= need.cpu;
  bin.memory -= need.memory;
  bin.enis -= need.enis;
  for (const p of need.ports) bin.ports.add(p);
}

/**
 * First-fit binpacking of the waiting tasks into `empty` empty instances, then new ones of the
 * template's type: how many of the empty ones they use, and how many new ones they need.
 */
function instancesNeeded(
  needs: readonly ReservedResources[],
  instanceType: string,
  empty: number,
): { used: number; added: number } {
  const spec = instanceTypeSpec(instanceType);
  if (spec === undefined || needs.length === 0) return { used: 0, added: 0 };
  const fresh = (): Bin => ({
    cpu: spec.vcpu * 1024,
    memory: registeredMemoryMiB(spec),
    enis: spec.maxEnis - 1,
    ports: new Set(DEFAULT_RESERVED_PORTS),
  });
  const bins: { bin: Bin; used: boolean; existing: boolean }[] = Array.from({ length: empty }, () => ({
    bin: fresh(),
    used: false,
    existing: true,
  }));
  for (const need of [...needs].sort((a, b) => b.memory - a.memory || b.cpu - a.cpu)) {
    let slot = bins.find((b) => fits(b.bin, need));
    if (slot === undefined) {
      const bin = fresh();
      if (!fits(bin, need)) continue;
      slot = { bin, used: false, existing: false };
      bins.push(slot);
    }
    take(slot.bin, need);
    slot.used = true;
  }
  return {
    used: bins.filter((b) => b.existing && b.used).length,
    added: bins.filter((b) => !b.existing).length,
  };
}

/**
 * The CapacityProviderReservation metric (§5.6) for M instances needed of N in service: M ÷ N × 100
 * (200 when tasks wait and N = 0). With empty instances and the default target of 100 %, it is 100
 * minus the number of empty instances (one empty of two → 99, not 50), so the scale-in alarm sees a
 * value just under the target. With a lower target the spare empty instances are wanted, and the
 * ratio is kept (the reference gives the 100-minus rule for the default target only).
 */
export function capacityProviderReservation(m: number, n: number, targetCapacity: number): number {
  if (n === 0) return m > 0 ? 200 : 100;
  if (m < n && targetCapacity === 100) return 100 - (n - m);
  return Math.round((m / n) * 100);
}

function lastActivity(world: World, ec2InstanceId: string, launchedAt: number): number {
  let last = launchedAt;
  for (const task of world.tasks)
    if (task.ec2InstanceId === ec2InstanceId) last = Math.max(last, task.stoppedAt ?? world.now);
  return last;
}

function scaleProvider(world: World, provider: CapacityProvider, busy: ReadonlySet<string>): void {
  const group = world.autoScalingGroups.find((g) => g.arn === provider.autoScalingGroupArn);
  const template = world.launchTemplates.find((t) => t.name === group?.launchTemplate);
  if (group === undefined || template === undefined) return;
  const members = world.instances.filter((i) => i.autoScalingGroup === group.name && isInService(i));
  const waiting = world.tasks.filter((t) => isWaitingForCapacity(t) && t.capacityProvider === provider.name);
  const n = members.length;
  const busyCount = members.filter((i) => busy.has(i.id)).length;
  const needs = waiting.map((t) => {
    const def = definitionOf(world, t);
    return def === undefined ? { cpu: 0, memory: 0, ports: [], enis: 0 } : taskReservation(def, 'EC2');
  });
  const packed = instancesNeeded(needs, template.instanceType, n - busyCount);
  const m = busyCount + packed.used + packed.added;
  const target = provider.managedScaling.targetCapacity;
  const wanted = m === 0 ? 0 : Math.ceil((m * 100) / target);
  const current = group.desiredCapacity;
  const { minimumScalingStepSize: minStep, maximumScalingStepSize: maxStep } = provider.managedScaling;
  let next = current;
  if (wanted > current) next = current + Math.min(maxStep, Math.max(minStep, wanted - current));
  else if (wanted < current) {
    const removable = members.filter(
      (i) =>
        !busy.has(i.id) && lastActivity(world, i.id, i.launchedAt) <= world.now - IDLE_BEFORE_SCALE_IN_MS,
    ).length;
    next = current - Math.min(maxStep, current - wanted, removable);
  }
  next = Math.min(group.maxSize, Math.max(group.minSize, next));
  if (next === current) return;
  const reservation = capacityProviderReservation(m, n, target);
  setGroupDesired(
    world,
    group,
    next,
    `ECS managed scaling for capacity provider ${provider.name}: CapacityProviderReservation ${reservation}%, target ${target}%`,
  );
  emit(
    world,
    'managed-scaling',
    'info',
    `ECS managed scaling: capacity provider ${provider.name} needs ${m} of ${n} instances (CapacityProviderReservation ${reservation}%)`,
  );
}

export function applyManagedScaling(world: World): void {
  const providers = world.capacityProviders.filter((p) => p.managedScaling.status === 'ENABLED');
  if (providers.length === 0) return;
  const busy = busyInstances(world);
  for (const provider of providers) scaleProvider(world, provider, busy);
}
