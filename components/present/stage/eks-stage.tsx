'use client';

import { eksSimulator } from '@/lib/sim/eks/simulator';
import { EksActions } from '@/components/sim/eks/eks-actions';
import { EksPicture } from '@/components/sim/eks/eks-picture';
import { ManifestEditorButton } from '@/components/sim/eks/manifest-editor/manifest-editor-button';
import { ScenarioStage, type StageProps } from './scenario-stage';

/** A talk on the Amazon EKS simulator. */
export function EksStage(props: StageProps) {
  return (
    <ScenarioStage
      entry={eksSimulator}
      picture={<EksPicture />}
      actions={<EksActions manifestEditor={<ManifestEditorButton />} />}
      {...props}
    />
  );
}
