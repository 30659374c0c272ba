import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/lesson/callout';
import { CodeBlock } from '@/components/lesson/code-block';
import { Compare, CompareColumn } from '@/components/lesson/compare';
import { ComputeChooser } from '@/components/lesson/compute-chooser';
import { HistoryTimeline } from '@/components/lesson/history-timeline';
import { StackDiagram } from '@/components/lesson/stack-diagram';
import { Term } from '@/components/lesson/term';
import { CheckYourself } from '@/components/quiz/check-yourself';
import { VmSimulator } from '@/components/sim/vm/vm-simulator-lazy';

/** Everything a lesson can use without importing: authors write <VmSimulator scenario="burst" />. */
const components: MDXComponents = {
  pre: CodeBlock,
  Callout,
  CheckYourself,
  Compare,
  CompareColumn,
  ComputeChooser,
  HistoryTimeline,
  StackDiagram,
  Term,
  VmSimulator,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
