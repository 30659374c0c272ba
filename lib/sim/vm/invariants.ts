import { FIGURES, HOST, SAMPLE_HISTORY } from './figures';
import { containerHostMemory, vmHostMemory } from './selectors';
import { holdsPort } from './container-lifecycle';
import { EC2_STATE_CODES, type VmSimState } from './types';

const CONTAINER_STATUSES = ['pulling', 'created', 'running', 'exited'];

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** The rules no command sequence may break; property tests run them after every step. */
export function checkVmInvariants(state: VmSimState): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, rule: string): void => {
    if (!ok) broken.push(rule);
  };
  check(Number.isSafeInteger(state.now) && state.now >= 0, 'the clock is a whole, non-negative number of ms');
  check(
    Number.isInteger(state.rng) && state.rng >= 0 && state.rng <= 0xffffffff,
    'the PRNG state is an unsigned 32-bit integer',
  );
  const vmMemory = vmHostMemory(state);
  check(vmMemory.freeMiB >= 0, `VMs reserve ${vmMemory.reservedMiB} MiB, more than the hypervisor host has`);
  const containerMemory = containerHostMemory(state);
  check(
    containerMemory.usedMiB <= HOST.memoryMiB,
    `containers use ${containerMemory.usedMiB} MiB, more than the host has`,
  );
  for (const id of duplicates(state.vms.map((vm) => vm.id))) broken.push(`instance id ${id} is not unique`);
  for (const id of duplicates(state.containers.map((c) => c.id)))
    broken.push(`container id ${id} is not unique`);
  for (const name of duplicates(state.containers.map((c) => c.name)))
    broken.push(`container name ${name} is not unique`);
  const ports = state.containers
    .filter(holdsPort)
    .flatMap((c) => (c.publish ? [String(c.publish.hostPort)] : []));
  for (const port of duplicates(ports)) broken.push(`host port ${port} is held by two containers`);
  for (const image of duplicates(state.images.map((i) => i.ref)))
    broken.push(`image ${image} is cached twice`);
  for (const vm of state.vms) {
    check(vm.state in EC2_STATE_CODES, `${vm.id} has an unknown state ${vm.state}`);
    check((vm.state === 'running') === (vm.phase !== null), `${vm.id} has a phase only while running`);
    check(vm.nextAt === null || vm.nextAt > state.now, `${vm.id} has a change scheduled in the past`);
    check(vm.guestOsMiB + vm.appMiB <= vm.memoryMiB, `${vm.id} uses more memory than its instance type has`);
  }
  for (const c of state.containers) {
    check(CONTAINER_STATUSES.includes(c.status), `${c.name} has an unknown status ${c.status}`);
    check((c.status === 'exited') === (c.exitCode !== null), `${c.name} has an exit code only once exited`);
    check(
      c.nextAt === null || ((c.status === 'created' || c.status === 'pulling') && c.nextAt > state.now),
      `${c.name} has a start scheduled while not waiting to start, or in the past`,
    );
    check(
      c.status !== 'pulling' ||
        c.nextAt === null ||
        state.pulls.some((p) => p.ref === c.image && p.doneAt < (c.nextAt ?? 0)),
      `${c.name} is scheduled to start before its image has been pulled`,
    );
    check(
      c.status !== 'pulling' || state.pulls.some((p) => p.ref === c.image),
      `${c.name} waits for ${c.image} but no pull is running`,
    );
  }
  const starts = state.containers.flatMap((c) => (c.nextAt === null ? [] : [c.nextAt])).sort((a, b) => a - b);
  check(
    starts.every((t, i) => i === 0 || t - (starts[i - 1] ?? 0) >= FIGURES.containerStart.range.min),
    'the Docker daemon starts one container at a time',
  );
  check(state.load.vm.queue >= 0 && state.load.container.queue >= 0, 'queues are never negative');
  check(state.samples.length <= SAMPLE_HISTORY, 'the sample history is bounded');
  check(
    state.samples.every(
      (s, i) => s.t % 1000 === 0 && s.t <= state.now && (i === 0 || s.t > (state.samples[i - 1]?.t ?? 0)),
    ),
    'samples are at increasing whole seconds',
  );
  return broken;
}
