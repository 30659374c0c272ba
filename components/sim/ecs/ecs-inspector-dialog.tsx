'use client';

import { ModalDialog } from '@/components/ui/modal-dialog';
import { CommandOutput } from '../command-output';
import type { EcsInspectTarget } from './inspect-target';
import { inspectOutput } from './inspect-output';
import { selectEcsState, useEcsState } from './use-ecs-state';

function titleOf(target: EcsInspectTarget): string {
  switch (target.kind) {
    case 'task':
      return `Task ${target.id}`;
    case 'container-instance':
      return `Container instance ${target.id}`;
    case 'ec2-instance':
      return `EC2 instance ${target.id}`;
    case 'service':
      return `Service ${target.name}`;
    case 'cluster':
      return `Cluster ${target.name}`;
    case 'task-definition':
      return `Task definition ${target.arn.slice(target.arn.lastIndexOf('/') + 1)}`;
    case 'target-group':
      return `Target group ${target.arn.split('/')[1] ?? target.arn}`;
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

/** Live: while the simulation plays, the JSON follows the object through its states. */
function InspectorBody({ target }: { target: EcsInspectTarget }) {
  const state = useEcsState(selectEcsState);
  const shown = inspectOutput(state, target);
  if (shown === null)
    return <p>{titleOf(target)} is no longer listed by the API; there is nothing left to describe.</p>;
  return <CommandOutput command={shown.command} output={shown.output} />;
}

/** The inspector: what the console's describe command prints for the object that was clicked. */
export function EcsInspectorDialog({
  target,
  onClose,
}: {
  target: EcsInspectTarget | null;
  onClose: () => void;
}) {
  return (
    <ModalDialog
      open={target !== null}
      onClose={onClose}
      title={target === null ? 'Details' : titleOf(target)}
    >
      {target !== null && <InspectorBody target={target} />}
    </ModalDialog>
  );
}
