'use client';

import type { ReactNode } from 'react';
import { ecrSimulator } from '@/lib/sim/ecr/simulator';
import type { Moment } from '../moment';
import { PredictMoments } from '../predict-moments';
import { SimProvider } from '../sim-context';
import { SimFrame } from '../sim-frame';
import { useShareLinkFromHash } from '../use-share-link';
import { EcrActions } from './ecr-actions';
import { EcrPicture } from './ecr-picture';

function EcrSimulatorFrame({
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
      picture={<EcrPicture />}
      actions={<EcrActions />}
      banner={banner ?? (moments && moments.length > 0 ? <PredictMoments moments={moments} /> : undefined)}
      fullScreenHref={fromLink || banner !== undefined ? undefined : '/simulators/ecr/'}
    />
  );
}

/** The Docker images and Amazon ECR simulator: one store per instance, opened at a preset or a share link. */
export function EcrSimulatorView({
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
    <SimProvider entry={ecrSimulator} presetId={presetId}>
      <EcrSimulatorFrame fromLink={fromLink} banner={banner} moments={moments} />
    </SimProvider>
  );
}
