'use client';

import { ecrSimulator } from '@/lib/sim/ecr/simulator';
import { EcrActions } from '@/components/sim/ecr/ecr-actions';
import { EcrPicture } from '@/components/sim/ecr/ecr-picture';
import { ScenarioStage, type StageProps } from './scenario-stage';

/** A talk on the Docker images and Amazon ECR simulator. */
export function EcrStage(props: StageProps) {
  return <ScenarioStage entry={ecrSimulator} picture={<EcrPicture />} actions={<EcrActions />} {...props} />;
}
