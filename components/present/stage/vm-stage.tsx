'use client';

import { vmSimulator } from '@/lib/sim/vm/simulator';
import { VmActions } from '@/components/sim/vm/vm-actions';
import { VmPicture } from '@/components/sim/vm/vm-picture';
import { ScenarioStage, type StageProps } from './scenario-stage';

/** A talk on the containers-vs-VMs simulator. */
export function VmStage(props: StageProps) {
  return <ScenarioStage entry={vmSimulator} picture={<VmPicture />} actions={<VmActions />} {...props} />;
}
