'use client';

import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { EcsPicture } from '@/components/sim/ecs/ecs-picture';
import { SimProvider } from '@/components/sim/sim-context';
import type { SituationPictureProps } from './situation-picture';
import { UseAfterReveal } from './use-after-reveal';

export function EcsSituationPicture({ before, after, explain }: SituationPictureProps) {
  return (
    <SimProvider entry={ecsSimulator} presetId="three-instances" session={before}>
      <UseAfterReveal after={after} />
      <EcsPicture explain={explain} />
    </SimProvider>
  );
}
