'use client';

import { eksSimulator } from '@/lib/sim/eks/simulator';
import { EksPicture } from '@/components/sim/eks/eks-picture';
import { SimProvider } from '@/components/sim/sim-context';
import type { SituationPictureProps } from './situation-picture';
import { UseAfterReveal } from './use-after-reveal';

export function EksSituationPicture({ before, after, explain }: SituationPictureProps) {
  return (
    <SimProvider entry={eksSimulator} presetId="three-nodes" session={before}>
      <UseAfterReveal after={after} />
      <EksPicture explain={explain} />
    </SimProvider>
  );
}
