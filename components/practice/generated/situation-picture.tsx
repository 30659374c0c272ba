'use client';

import dynamic from 'next/dynamic';
import type { Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { SimLoading } from '@/components/sim/sim-loading';

export interface SituationPictureProps {
  readonly before: Session<BaseState, CommandBase>;
  readonly after: Session<BaseState, CommandBase> | null;
  readonly explain: boolean;
}

// Each kind of question loads only its own simulator's engine and picture.
const EcsSituationPicture = dynamic(
  () => import('./ecs-situation-picture').then((module) => module.EcsSituationPicture),
  {
    ssr: false,
    loading: () => <SimLoading title="Amazon ECS" />,
  },
);
const EksSituationPicture = dynamic(
  () => import('./eks-situation-picture').then((module) => module.EksSituationPicture),
  {
    ssr: false,
    loading: () => <SimLoading title="Amazon EKS" />,
  },
);

/**
 * A generated situation in its simulator's picture, without the "why" panel until the answer is
 * given (it would give the answer away); once answered, the picture plays on to `after`.
 */
export function SituationPicture({ picture, ...props }: SituationPictureProps & { picture: 'ecs' | 'eks' }) {
  return picture === 'ecs' ? <EcsSituationPicture {...props} /> : <EksSituationPicture {...props} />;
}
