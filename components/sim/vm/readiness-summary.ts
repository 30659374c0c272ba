import { catalogImage } from '@/lib/sim/vm/images';
import { readyReplicas, timeToReady } from '@/lib/sim/vm/selectors';
import type { Side, VmSimState } from '@/lib/sim/vm/types';
import { formatCount, formatDuration } from './format';

/**
 * Replicas each side has asked for: VMs not shutting down, and containers of a web image that
 * have not exited. (Not a lib selector: only this sentence needs it.)
 */
export function wantedReplicas(state: VmSimState): Record<Side, number> {
  return {
    vm: state.vms.filter((vm) => vm.state === 'pending' || vm.state === 'running').length,
    container: state.containers.filter(
      (c) => c.status !== 'exited' && catalogImage(c.image)?.servesWeb === true,
    ).length,
  };
}

const NAMES: Record<Side, string> = { vm: 'VMs', container: 'containers' };
const TITLES: Record<Side, string> = { vm: 'VMs', container: 'Containers' };

/**
 * The readiness race in one sentence: "20 replicas ready: containers after 6 s, VMs after
 * 1 min 32 s" (faster side first), or "VMs not yet (12 of 20)". When the sides asked for different
 * numbers, each is told apart. Times count from each side's last scale-up command. Null when
 * neither side runs anything.
 */
export function readinessSentence(state: VmSimState): string | null {
  const wanted = wantedReplicas(state);
  const ready = readyReplicas(state);
  const took = (side: Side) => timeToReady(state, side, wanted[side]);
  const after = (ms: number) => (ms === 0 ? 'already' : `after ${formatDuration(ms)}`);
  if (wanted.vm === 0 && wanted.container === 0) return null;
  if (wanted.vm === wanted.container) {
    const parts = (['container', 'vm'] as const)
      .map((side) => ({ side, ms: took(side) }))
      .sort((a, b) => (a.ms ?? Infinity) - (b.ms ?? Infinity))
      .map(({ side, ms }) =>
        ms === null
          ? `${NAMES[side]} not yet (${formatCount(ready[side])}\u00a0of\u00a0${formatCount(wanted[side])})`
          : `${NAMES[side]} ${after(ms)}`,
      );
    return `${formatCount(wanted.vm)} ${wanted.vm === 1 ? 'replica' : 'replicas'} ready: ${parts.join(', ')}`;
  }
  return (['container', 'vm'] as const)
    .filter((side) => wanted[side] > 0)
    .map((side) => {
      const ms = took(side);
      const n = formatCount(wanted[side]);
      return ms === null
        ? `${TITLES[side]}: ${formatCount(ready[side])} of ${n} ready`
        : `${TITLES[side]}: all ${n} ready ${after(ms)}`;
    })
    .join(' · ');
}
