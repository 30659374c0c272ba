'use client';

import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { EcsPicture } from '@/components/sim/ecs/ecs-picture';
import { ScenarioStage, type StageProps } from './scenario-stage';

/** A talk on the Amazon ECS simulator. */
export function EcsStage(props: StageProps) {
  return <ScenarioStage entry={ecsSimulator} picture={<EcsPicture />} {...props} />;
}
