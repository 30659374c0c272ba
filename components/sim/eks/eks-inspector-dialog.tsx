'use client';

import { useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { CommandOutput } from '../command-output';
import type { EksInspectTarget } from './inspect-target';
import { inspectOutput, inspectTitle } from './inspect-output';
import { selectEksState, useEksState } from './use-eks-state';

/** Live: while the simulation plays, the description follows the object through its states. */
function InspectorBody({ target, title }: { target: EksInspectTarget; title: string }) {
  const state = useEksState(selectEksState);
  const shown = inspectOutput(state, target);
  if (shown === null)
    return <p>{title} is no longer listed by the API; there is nothing left to describe.</p>;
  return <CommandOutput command={shown.command} output={shown.output} />;
}

/** The inspector: what `kubectl describe` prints for the pod, node, Deployment or Service clicked. */
export function EksInspectorDialog({
  target,
  onClose,
}: {
  target: EksInspectTarget | null;
  onClose: () => void;
}) {
  const state = useEksState(selectEksState);
  // The title stays the pod's name after the pod is gone, so the dialog can say so.
  const [titles, setTitles] = useState<{ target: EksInspectTarget | null; title: string }>({
    target: null,
    title: '',
  });
  if (target !== titles.target)
    setTitles({ target, title: target === null ? '' : inspectTitle(state, target) });
  return (
    <ModalDialog open={target !== null} onClose={onClose} title={titles.title || 'Details'}>
      {target !== null && <InspectorBody target={target} title={titles.title} />}
    </ModalDialog>
  );
}
