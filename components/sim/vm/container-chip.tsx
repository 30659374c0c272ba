import { Fragment, memo, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import type { Container } from '@/lib/sim/vm/types';
import { imageLabel } from './format';
import { StateSymbol } from '../state-symbol';
import { CONTAINER_LOOK, TONE_CLASSES, containerDisplayState } from './status';
import type { Inspect } from './inspect-target';

/** `intelligent_euclid` may wrap as `intelligent_` / `euclid`, where a reader expects it to. */
function breakableName(name: string): ReactNode {
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index < name.length; index += 1) {
    if (name[index] === '_' || name[index] === '-') {
      parts.push(name.slice(start, index + 1));
      start = index + 1;
    }
  }
  parts.push(name.slice(start));
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/**
 * One container: small, because it is only a process with its own view of the shared kernel.
 * Memoised: containers keep their identity until they change, so a tick re-renders none of them.
 */
export const ContainerChip = memo(function ContainerChip({
  container,
  onInspect,
}: {
  container: Container;
  onInspect: Inspect;
}) {
  const look = CONTAINER_LOOK[containerDisplayState(container)];
  const tone = TONE_CLASSES[look.tone];
  const exit =
    container.status === 'exited'
      ? ` (${container.exitCode ?? 0}${container.oomKilled ? ', out of memory' : ''})`
      : '';
  return (
    <button
      type="button"
      onClick={() => onInspect({ kind: 'container', id: container.id, label: container.name })}
      aria-label={`${look.label}${exit}: container ${container.name}, image ${container.image}. Show details`}
      className={cn(
        'flex w-full min-w-0 flex-col rounded-md border-2 px-2 py-1 text-left text-sm leading-5 hover:shadow-md',
        tone.card,
      )}
    >
      <span className="flex min-w-0 items-start gap-1.5">
        <StateSymbol name={look.symbol} className={cn('mt-0.5', tone.text)} />
        {/* The whole name, wrapping after its underscore (or anywhere) rather than cut short. */}
        <span className="min-w-0 font-medium wrap-anywhere">{breakableName(container.name)}</span>
      </span>
      <span className="wrap-anywhere text-[var(--fg-soft)]">
        {imageLabel(container.image)}
        {container.status === 'exited' && ` · exit ${container.exitCode ?? 0}`}
      </span>
    </button>
  );
});
