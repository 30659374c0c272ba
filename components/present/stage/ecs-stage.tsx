'use client';

import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { EcsActions } from '@/components/sim/ecs/ecs-actions';
import { EcsPicture } from '@/components/sim/ecs/ecs-picture';
import { TaskDefinitionEditorButton } from '@/components/sim/ecs/editor/task-definition-editor-button';
import { ScenarioStage, type StageProps } from './scenario-stage';

/** A talk on the Amazon ECS simulator. */
export function EcsStage(props: StageProps) {
  return (
    <ScenarioStage
      entry={ecsSimulator}
      picture={<EcsPicture />}
      actions={<EcsActions taskDefinitionEditor={<TaskDefinitionEditorButton />} />}
      {...props}
    />
  );
}
