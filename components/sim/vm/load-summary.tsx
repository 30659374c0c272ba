'use client';

import { capacityRps } from '@/lib/sim/vm/selectors';
import { formatCount } from './format';
import { readinessSentence } from './readiness-summary';
import { selectState, useVmState } from './use-vm-state';

/** The chart's story in words, large enough for the back of the room. */
export function LoadSummary() {
  const state = useVmState(selectState);
  const capacity = capacityRps(state);
  const race = readinessSentence(state);
  return (
    <div className="space-y-2 text-base">
      <p>
        Incoming: <strong className="tabular-nums">{formatCount(state.rps)}</strong> req/s
      </p>
      <p>
        Capacity: VMs <strong className="tabular-nums">{formatCount(capacity.vm)}</strong> · containers{' '}
        <strong className="tabular-nums">{formatCount(capacity.container)}</strong> req/s
      </p>
      <p>
        Requests waiting: VMs <strong className="tabular-nums">{formatCount(state.load.vm.queue)}</strong> ·
        containers <strong className="tabular-nums">{formatCount(state.load.container.queue)}</strong>
      </p>
      {race && <p className="font-semibold">{race}</p>}
    </div>
  );
}
