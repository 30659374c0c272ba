'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';
import type { StageProps } from './scenario-stage';

// Each talk loads only its own simulator's engine and picture.
const EcsStage = dynamic(() => import('./ecs-stage').then((module) => module.EcsStage), {
  ssr: false,
  loading: () => <SimLoading title="Amazon ECS" />,
});
const EksStage = dynamic(() => import('./eks-stage').then((module) => module.EksStage), {
  ssr: false,
  loading: () => <SimLoading title="Amazon EKS" />,
});
const EcrStage = dynamic(() => import('./ecr-stage').then((module) => module.EcrStage), {
  ssr: false,
  loading: () => <SimLoading title="Docker images and Amazon ECR" />,
});
const CompareStage = dynamic(() => import('./compare-stage').then((module) => module.CompareStage), {
  ssr: false,
  loading: () => <SimLoading title="compute comparison" />,
});
const VmStage = dynamic(() => import('./vm-stage').then((module) => module.VmStage), {
  ssr: false,
  loading: () => <SimLoading title="Containers and VMs" />,
});

export function Stage(props: StageProps) {
  return (
    <ErrorBoundary label="the simulator">
      {props.scenario.simulator === 'ecs' ? (
        <EcsStage {...props} />
      ) : props.scenario.simulator === 'eks' ? (
        <EksStage {...props} />
      ) : props.scenario.simulator === 'ecr' ? (
        <EcrStage {...props} />
      ) : props.scenario.simulator === 'compare' ? (
        <CompareStage {...props} />
      ) : (
        <VmStage {...props} />
      )}
    </ErrorBoundary>
  );
}
