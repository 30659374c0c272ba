'use client';

import type { SimulatorId } from './simulator-catalog';
import { EcrSimulator } from './ecr/ecr-simulator-lazy';
import { EcsSimulator } from './ecs/ecs-simulator-lazy';
import { EksSimulator } from './eks/eks-simulator-lazy';
import { VmSimulator } from './vm/vm-simulator-lazy';

/** The simulator a full-screen route shows; it also opens share links from the URL hash. */
export function FullScreenSimulator({ id, presetId }: { id: SimulatorId; presetId: string }) {
  switch (id) {
    case 'vm':
      return <VmSimulator scenario={presetId} fromLink />;
    case 'ecs':
      return <EcsSimulator scenario={presetId} fromLink />;
    case 'eks':
      return <EksSimulator scenario={presetId} fromLink />;
    case 'ecr':
      return <EcrSimulator preset={presetId} fromLink />;
    default: {
      const unreachable: never = id;
      return unreachable;
    }
  }
}
