import type { Engine, Step } from '../core/types';
import { seedRng } from '../core/rng';
import { parseVmCommand, type VmCommand } from './commands';
import type { VmSimState } from './types';
import { launchVms, terminateVms } from './vm-lifecycle';
import { removeContainers, runContainers, stopContainers } from './container-lifecycle';
import { pullImage } from './image-pulls';
import { nextChangeAt, tick } from './tick';
import { trackReadiness } from './workload';
import { checkVmInvariants } from './invariants';
import { event, formatCount } from './events';

/** Two empty hosts, no traffic. */
export function initVmSim(seed: number): VmSimState {
  return {
    now: 0,
    seed,
    rng: seedRng(seed),
    vms: [],
    containers: [],
    images: [],
    pulls: [],
    rps: 0,
    load: { vm: { queue: 0, served: 0 }, container: { queue: 0, served: 0 } },
    samples: [],
    readiness: { vm: [], container: [] },
    lastScaleAt: { vm: null, container: null },
    vmSerial: 0,
  };
}

function route(state: VmSimState, command: VmCommand): Step<VmSimState> {
  switch (command.type) {
    case 'LaunchVms':
      return launchVms(state, command);
    case 'TerminateVms':
      return terminateVms(state, command);
    case 'RunContainers':
      return runContainers(state, command);
    case 'StopContainers':
      return stopContainers(state, command);
    case 'RemoveContainers':
      return removeContainers(state, command);
    case 'PullImage':
      return pullImage(state, command);
    case 'SetTraffic':
      return {
        state: { ...state, rps: command.rps },
        events: [
          event(
            state.now,
            'traffic-set',
            'info',
            `Load generator: ${formatCount(command.rps)} requests/s to both hosts`,
          ),
        ],
      };
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** Applies one command at `state.now`. A refused command leaves the state untouched. */
export function applyVmCommand(state: VmSimState, command: VmCommand): Step<VmSimState> {
  const step = route(state, command);
  return step.state === state ? step : { ...step, state: trackReadiness(step.state) };
}

/**
 * The containers-vs-virtual-machines simulator: a hypervisor host with EC2-style VMs next to a
 * container host running Docker, identical hardware, the same web app and the same traffic.
 */
export const vmEngine: Engine<VmSimState, VmCommand> = {
  id: 'vm',
  // 2: the Docker host starts one container at a time, so links made with version 1 replay with
  // different container start times.
  version: 2,
  title: 'Containers vs virtual machines',
  init: initVmSim,
  apply: applyVmCommand,
  tick,
  nextChangeAt,
  parseCommand: parseVmCommand,
  checkInvariants: checkVmInvariants,
};
