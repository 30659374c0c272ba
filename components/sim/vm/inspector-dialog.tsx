'use client';

import { ModalDialog } from '@/components/ui/modal-dialog';
import { CommandOutput } from '../command-output';
import { inspectOutput } from './inspect-output';
import type { InspectTarget } from './inspect-target';
import { selectState, useVmState } from './use-vm-state';

/** Live: while the simulation plays, the JSON follows the VM or container through its states. */
function InspectorBody({ target }: { target: InspectTarget }) {
  const state = useVmState(selectState);
  const shown = inspectOutput(state, target);
  if (shown === null) {
    return (
      <p>
        This {target.kind === 'vm' ? 'VM is no longer listed' : 'container has been removed'}; there is
        nothing left to inspect.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {shown.note && <p>{shown.note}</p>}
      <CommandOutput command={shown.command} output={shown.output} />
    </div>
  );
}

/** The inspector: what the real CLI would print for the VM or container that was clicked. */
export function InspectorDialog({ target, onClose }: { target: InspectTarget | null; onClose: () => void }) {
  const title = target === null ? 'Details' : `${target.kind === 'vm' ? 'VM' : 'Container'} ${target.label}`;
  return (
    <ModalDialog open={target !== null} onClose={onClose} title={title}>
      {target !== null && <InspectorBody target={target} />}
    </ModalDialog>
  );
}
