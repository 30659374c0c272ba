'use client';

import type { ReactNode } from 'react';
import { eksSimulator } from '@/lib/sim/eks/simulator';
import type { Moment } from '../moment';
import { PredictMoments } from '../predict-moments';
import { SimProvider } from '../sim-context';
import { SimFrame } from '../sim-frame';
import { useShareLinkFromHash } from '../use-share-link';
import { EksActions } from './eks-actions';
import { EksPicture } from './eks-picture';
import { ManifestEditorButton } from './manifest-editor/manifest-editor-button';

function EksSimulatorFrame({
  fromLink,
  banner,
  moments,
}: {
  fromLink: boolean;
  banner?: ReactNode;
  moments?: readonly Moment[];
}) {
  useShareLinkFromHash(fromLink);
  return (
    <SimFrame
      picture={<EksPicture />}
      actions={<EksActions manifestEditor={<ManifestEditorButton />} />}
      banner={banner ?? (moments && moments.length > 0 ? <PredictMoments moments={moments} /> : undefined)}
      fullScreenHref={fromLink || banner !== undefined ? undefined : '/simulators/eks/'}
    />
  );
}

/** The Amazon EKS simulator: one store per instance on the page, opened at a preset or a share link. */
export function EksSimulatorView({
  presetId,
  fromLink,
  banner,
  moments,
}: {
  presetId: string;
  fromLink: boolean;
  banner?: ReactNode;
  moments?: readonly Moment[];
}) {
  return (
    <SimProvider entry={eksSimulator} presetId={presetId}>
      <EksSimulatorFrame fromLink={fromLink} banner={banner} moments={moments} />
    </SimProvider>
  );
}
