import type { SimEvent, Step } from '../core/types';
import { pickInRange } from '../core/rng';
import { ec2InstanceId, ec2ReservationId } from '../core/ids';
import {
  AVAILABILITY_ZONE,
  DEFAULT_AMI,
  FIGURES,
  HYPERVISOR_RESERVED_MIB,
  HOST,
  instanceType,
  TERMINATED_VISIBLE_MS,
  WEB_APP_MEMORY,
} from './figures';
import type { LaunchVms, TerminateVms } from './commands';
import type { Vm, VmSimState } from './types';
import { vmHostMemory } from './selectors';
import { ec2StateChange, event, formatMiB } from './events';

/** Instance ids as EC2 accepts them: `i-` and 8 or 17 hex digits. */
const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const AMI_ID = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** EC2's refusal: its literal message as the error; the event log may add what it means here. */
function refuse(
  state: VmSimState,
  kind: string,
  code: string,
  message: string,
  detail?: string,
): Step<VmSimState> {
  return {
    state,
    events: [
      event(state.now, kind, 'error', `${code}: ${message}${detail === undefined ? '' : ` ${detail}`}`),
    ],
    error: { code, message },
  };
}

function privateIp(serial: number): string {
  return `172.31.${16 + Math.floor(serial / 250)}.${(serial % 250) + 4}`;
}

/** RunInstances: all-or-nothing (`--count N` sets MinCount = MaxCount = N). */
export function launchVms(state: VmSimState, command: LaunchVms): Step<VmSimState> {
  const type = instanceType(command.instanceType);
  if (type === undefined) {
    return refuse(
      state,
      'launch-failed',
      'InvalidParameterValue',
      `Invalid value '${command.instanceType}' for InstanceType.`,
    );
  }
  const imageId = command.imageId ?? DEFAULT_AMI;
  if (!AMI_ID.test(imageId)) {
    return refuse(
      state,
      'launch-failed',
      'InvalidAMIID.Malformed',
      `Invalid id: "${imageId}" (expecting "ami-...")`,
    );
  }
  const needed = command.count * type.memoryMiB;
  const free = vmHostMemory(state).freeMiB;
  if (needed > free) {
    return refuse(
      state,
      'launch-failed',
      'InsufficientInstanceCapacity',
      `We currently do not have sufficient ${type.name} capacity in the Availability Zone you requested (${AVAILABILITY_ZONE}). ` +
        `Our system will be working on provisioning additional capacity.`,
      `(In this simulator, the hypervisor host is out of room: ` +
        `${command.count} × ${type.name} need ${formatMiB(needed)}, but only ${formatMiB(free)} of its ` +
        `${formatMiB(HOST.memoryMiB - HYPERVISOR_RESERVED_MIB)} for VMs is free.)`,
    );
  }
  let rng = state.rng;
  const draw = (range: { min: number; max: number }): number => {
    const [value, next] = pickInRange(rng, range);
    rng = next;
    return value;
  };
  const [reservationId, afterReservation] = ec2ReservationId(rng);
  rng = afterReservation;
  const taken = new Set(state.vms.map((vm) => vm.id));
  const vms: Vm[] = [];
  const events: SimEvent[] = [];
  for (let index = 0; index < command.count; index += 1) {
    let id: string;
    do {
      [id, rng] = ec2InstanceId(rng);
    } while (taken.has(id));
    taken.add(id);
    const runningAt = state.now + draw(FIGURES.vmPending.range);
    const osReadyAt = runningAt + draw(FIGURES.vmOsBoot.range);
    const readyAt = osReadyAt + draw(FIGURES.vmAppStart.range);
    vms.push({
      id,
      reservationId,
      instanceType: type.name,
      imageId,
      launchIndex: index,
      privateIp: privateIp(state.vmSerial + index),
      launchedAt: state.now,
      state: 'pending',
      phase: null,
      nextAt: runningAt,
      plan: { runningAt, osReadyAt, readyAt },
      memoryMiB: type.memoryMiB,
      guestOsMiB: draw(FIGURES.guestOsMemory.range),
      appMiB: draw(WEB_APP_MEMORY),
      terminatedAt: null,
    });
    events.push(
      event(
        state.now,
        'instance-pending',
        'info',
        `${ec2StateChange(id, 'pending')} (${type.name}: ${formatMiB(type.memoryMiB)} reserved on the hypervisor host)`,
      ),
    );
  }
  return {
    state: {
      ...state,
      rng,
      vms: [...state.vms, ...vms],
      vmSerial: state.vmSerial + command.count,
      lastScaleAt: { ...state.lastScaleAt, vm: state.now },
    },
    events,
  };
}

/** TerminateInstances: every id must be well formed and exist, or nothing happens. */
export function terminateVms(state: VmSimState, command: TerminateVms): Step<VmSimState> {
  const malformed = command.ids.find((id) => !INSTANCE_ID.test(id));
  if (malformed !== undefined)
    return refuse(state, 'terminate-failed', 'InvalidInstanceID.Malformed', `Invalid id: "${malformed}"`);
  const missing = command.ids.filter((id) => !state.vms.some((vm) => vm.id === id));
  if (missing.length > 0) {
    const message =
      missing.length === 1
        ? `The instance ID '${missing[0]}' does not exist`
        : `The instance IDs '${missing.join(', ')}' do not exist`;
    return refuse(state, 'terminate-failed', 'InvalidInstanceID.NotFound', message);
  }
  let rng = state.rng;
  const events: SimEvent[] = [];
  const vms = state.vms.map((vm) => {
    if (!command.ids.includes(vm.id) || vm.state === 'shutting-down' || vm.state === 'terminated') return vm;
    const [shutdownMs, next] = pickInRange(rng, FIGURES.vmShutdown.range);
    rng = next;
    events.push(event(state.now, 'instance-shutting-down', 'info', ec2StateChange(vm.id, 'shutting-down')));
    return { ...vm, state: 'shutting-down' as const, phase: null, nextAt: state.now + shutdownMs };
  });
  return { state: { ...state, rng, vms }, events };
}

/** A VM's scheduled change at time `t` (its `nextAt`). Returns null when the VM disappears. */
export function advanceVm(vm: Vm, t: number, events: SimEvent[]): Vm | null {
  switch (vm.state) {
    case 'pending':
      events.push(
        event(t, 'instance-running', 'info', `${ec2StateChange(vm.id, 'running')}; the guest OS is booting`),
      );
      return { ...vm, state: 'running', phase: 'booting', nextAt: vm.plan.osReadyAt };
    case 'running':
      if (vm.phase === 'booting') {
        events.push(
          event(
            t,
            'instance-os-booted',
            'info',
            `${vm.id}: guest OS booted (${Math.round((t - vm.plan.runningAt) / 1000)} s after running); starting the app`,
          ),
        );
        return { ...vm, phase: 'starting-app', nextAt: vm.plan.readyAt };
      }
      events.push(
        event(
          t,
          'instance-app-ready',
          'success',
          `${vm.id}: app ready, serving requests ${Math.round((t - vm.launchedAt) / 1000)} s after launch`,
        ),
      );
      return { ...vm, phase: 'ready', nextAt: null };
    case 'shutting-down':
      events.push(
        event(
          t,
          'instance-terminated',
          'info',
          `${ec2StateChange(vm.id, 'terminated')}; its ${formatMiB(vm.memoryMiB)} is free again`,
        ),
      );
      return { ...vm, state: 'terminated', terminatedAt: t, nextAt: t + TERMINATED_VISIBLE_MS };
    case 'terminated':
      events.push(
        event(
          t,
          'instance-purged',
          'info',
          `${vm.id} is no longer listed by describe-instances (terminated instances stay visible for about an hour)`,
        ),
      );
      return null;
    default: {
      const unreachable: never = vm.state;
      return unreachable;
    }
  }
}
