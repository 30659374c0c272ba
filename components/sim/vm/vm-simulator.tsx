'use client';

import { getSimulator } from '@/lib/sim/registry';
import { SimProvider } from '../sim-context';
import { SimFrame } from '../sim-frame';
import { useShareLinkFromHash } from '../use-share-link';
import { VmActions } from './vm-actions';
import { VmPicture } from './vm-picture';

function VmSimulatorFrame({ fromLink }: { fromLink: boolean }) {
  useShareLinkFromHash(fromLink);
  return (
    <SimFrame
      picture={<VmPicture />}
      actions={<VmActions />}
      fullScreenHref={fromLink ? undefined : '/simulators/vm/'}
    />
  );
}

/** The containers-vs-VMs simulator: one store per instance on the page, opened at a preset or a share link. */
export function VmSimulatorView({ presetId, fromLink }: { presetId: string; fromLink: boolean }) {
  const entry = getSimulator('vm');
  // The registry always has `vm`; if it ever does not, the lazy wrapper's error boundary says so.
  if (entry === undefined) throw new Error('The containers-vs-VMs simulator is not registered.');
  return (
    <SimProvider entry={entry} presetId={presetId}>
      <VmSimulatorFrame fromLink={fromLink} />
    </SimProvider>
  );
}
