'use client';

import type { ReactNode } from 'react';
import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import type { Moment } from '../moment';
import { PredictMoments } from '../predict-moments';
import { SimProvider } from '../sim-context';
import { SimFrame } from '../sim-frame';
import { useShareLinkFromHash } from '../use-share-link';
import { EcsActions } from './ecs-actions';
import { EcsPicture } from './ecs-picture';
import { TaskDefinitionEditorButton } from './editor/task-definition-editor-button';

function EcsSimulatorFrame({
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
      picture={<EcsPicture />}
      actions={<EcsActions taskDefinitionEditor={<TaskDefinitionEditorButton />} />}
      banner={banner ?? (moments && moments.length > 0 ? <PredictMoments moments={moments} /> : undefined)}
      // A drill's goal lives only here, so its full screen is the browser's, not the simulator page.
      fullScreenHref={fromLink || banner !== undefined ? undefined : '/simulators/ecs/'}
    />
  );
}

/** The Amazon ECS simulator: one store per instance on the page, opened at a preset or a share link. */
export function EcsSimulatorView({
  presetId,
  fromLink,
  banner,
  moments,
}: {
  presetId: string;
  fromLink: boolean;
  /** Above the picture: a drill's goal. Takes the place of `moments`. */
  banner?: ReactNode;
  /** A lesson's "predict, then play" moments, shown as the banner when there is no other. */
  moments?: readonly Moment[];
}) {
  return (
    <SimProvider entry={ecsSimulator} presetId={presetId}>
      <EcsSimulatorFrame fromLink={fromLink} banner={banner} moments={moments} />
    </SimProvider>
  );
}
