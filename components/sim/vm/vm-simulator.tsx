'use client';

import { vmSimulator } from '@/lib/sim/vm/simulator';
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
  return (
    <SimProvider entry={vmSimulator} presetId={presetId}>
      <VmSimulatorFrame fromLink={fromLink} />
    </SimProvider>
  );
}
