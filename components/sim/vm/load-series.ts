import type { LoadSample } from '@/lib/sim/vm/types';

/**
 * The lines of the load chart. VM and container lines differ in dash pattern as well as colour
 * (dashes vs dots), so the chart reads in grayscale and for people who do not see the colours.
 */
export interface Series {
  readonly key: string;
  readonly label: string;
  readonly value: (sample: LoadSample) => number;
  readonly className: string;
  readonly dash?: string;
  readonly width: number;
}

const VM_STROKE = 'stroke-amber-700 dark:stroke-amber-400';
const CONTAINER_STROKE = 'stroke-accent-600 dark:stroke-accent-300';

export const RATE_SERIES: readonly Series[] = [
  { key: 'rps', label: 'Incoming req/s', value: (s) => s.rps, className: 'stroke-[var(--fg)]', width: 2.5 },
  {
    key: 'vm-capacity',
    label: 'VM capacity',
    value: (s) => s.vm.capacity,
    className: VM_STROKE,
    dash: '10 6',
    width: 3,
  },
  {
    key: 'container-capacity',
    label: 'Container capacity',
    value: (s) => s.container.capacity,
    className: CONTAINER_STROKE,
    dash: '0.1 7',
    width: 4.5,
  },
];

export const QUEUE_SERIES: readonly Series[] = [
  {
    key: 'vm-queue',
    label: 'Waiting at the VMs',
    value: (s) => s.vm.queue,
    className: VM_STROKE,
    dash: '10 6',
    width: 3,
  },
  {
    key: 'container-queue',
    label: 'Waiting at the containers',
    value: (s) => s.container.queue,
    className: CONTAINER_STROKE,
    dash: '0.1 7',
    width: 4.5,
  },
];
