import type { Container, Vm } from '@/lib/sim/vm/types';
import type { SymbolName } from '../state-symbol';

export type { SymbolName };

/**
 * How the picture names and draws each state. Every state has a word and a symbol as well as a
 * colour (UX.md: readable in grayscale and on a projector).
 */
export type VmDisplayState =
  'pending' | 'booting' | 'starting-app' | 'ready' | 'shutting-down' | 'terminated';
export type ContainerDisplayState = 'pulling' | 'created' | 'running' | 'exited' | 'failed';

/** ready: serving · busy: on its way · gone: stopped cleanly · failed: stopped with an error. */
export type Tone = 'ready' | 'busy' | 'gone' | 'failed';

export interface StateLook {
  readonly label: string;
  readonly symbol: SymbolName;
  readonly tone: Tone;
}

export const VM_LOOK: Record<VmDisplayState, StateLook> = {
  pending: { label: 'Pending', symbol: 'dashed-ring', tone: 'busy' },
  booting: { label: 'Booting OS', symbol: 'quarter', tone: 'busy' },
  'starting-app': { label: 'Starting app', symbol: 'half', tone: 'busy' },
  ready: { label: 'Ready', symbol: 'dot', tone: 'ready' },
  'shutting-down': { label: 'Shutting down', symbol: 'minus', tone: 'gone' },
  terminated: { label: 'Terminated', symbol: 'cross', tone: 'gone' },
};

export const CONTAINER_LOOK: Record<ContainerDisplayState, StateLook> = {
  pulling: { label: 'Pulling image', symbol: 'download', tone: 'busy' },
  created: { label: 'Created', symbol: 'ring', tone: 'busy' },
  running: { label: 'Running', symbol: 'dot', tone: 'ready' },
  exited: { label: 'Exited', symbol: 'cross', tone: 'gone' },
  failed: { label: 'Exited with an error', symbol: 'cross', tone: 'failed' },
};

export const VM_STATE_ORDER: readonly VmDisplayState[] = [
  'pending',
  'booting',
  'starting-app',
  'ready',
  'shutting-down',
  'terminated',
];
export const CONTAINER_STATE_ORDER: readonly ContainerDisplayState[] = [
  'pulling',
  'created',
  'running',
  'exited',
  'failed',
];

export function vmDisplayState(vm: Vm): VmDisplayState {
  if (vm.state === 'running') return vm.phase ?? 'booting';
  return vm.state;
}

export function containerDisplayState(container: Container): ContainerDisplayState {
  if (container.status === 'exited' && container.exitCode !== 0) return 'failed';
  return container.status;
}

/** Text, border and fill classes per tone, AA on --bg and --bg-soft in both themes. */
export const TONE_CLASSES: Record<Tone, { text: string; card: string; fill: string }> = {
  ready: {
    text: 'text-accent-700 dark:text-accent-300',
    card: 'border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-accent-900/40',
    fill: 'bg-accent-600 dark:bg-accent-400',
  },
  busy: {
    text: 'text-amber-800 dark:text-amber-300',
    card: 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
    fill: 'bg-amber-500 dark:bg-amber-400',
  },
  gone: {
    text: 'text-[var(--fg-soft)]',
    card: 'border-dashed border-[var(--border)] bg-[var(--bg)]',
    fill: 'bg-[var(--fg-soft)]',
  },
  failed: {
    text: 'text-red-700 dark:text-red-300',
    card: 'border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/40',
    fill: 'bg-red-600 dark:bg-red-400',
  },
};
