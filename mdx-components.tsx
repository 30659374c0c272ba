import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/lesson/callout';
import { CodeBlock } from '@/components/lesson/code-block';
import { ScrollTable } from '@/components/lesson/scroll-table';
import { Compare, CompareColumn } from '@/components/lesson/compare';
import { ComputeChooser, HistoryTimeline } from '@/components/lesson/lazy-blocks';
import { StackDiagram } from '@/components/lesson/stack-diagram';
import { Term } from '@/components/lesson/term';
import { CheckYourself } from '@/components/quiz/check-yourself';
import { VmSimulator } from '@/components/sim/vm/vm-simulator-lazy';
import { EcsSimulator } from '@/components/sim/ecs/ecs-simulator-lazy';
import { EksSimulator } from '@/components/sim/eks/eks-simulator-lazy';
import { EcrSimulator } from '@/components/sim/ecr/ecr-simulator-lazy';
import { ComputeComparison } from '@/components/sim/cost/compute-comparison-lazy';
import { Drill } from '@/components/drill/drill';
import { AzSpreadDiagram } from '@/components/lesson/az-spread-diagram';
import { EcsRolesDiagram } from '@/components/lesson/ecs-roles-diagram';
import { PlacementCompare } from '@/components/lesson/placement-compare';
import { DeploymentDiagram } from '@/components/lesson/deployment-diagram';
import { guarded } from '@/components/lesson/guarded';

/** Everything a lesson can use without importing: authors write <VmSimulator scenario="burst" />. */
const components: MDXComponents = {
  pre: CodeBlock,
  table: ScrollTable,
  AzSpreadDiagram,
  Callout,
  CheckYourself: guarded(CheckYourself, 'this quiz'),
  Compare,
  CompareColumn,
  ComputeChooser,
  ComputeComparison,
  DeploymentDiagram,
  Drill,
  EcrSimulator,
  EcsRolesDiagram,
  EcsSimulator,
  EksSimulator,
  HistoryTimeline,
  PlacementCompare,
  StackDiagram,
  Term,
  VmSimulator,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
