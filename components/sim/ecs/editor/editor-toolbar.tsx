'use client';

import { useId, useState } from 'react';
import { revisionLabel } from '@/lib/taskdef-editor/registerable-json';
import type { TaskDefinition } from '@/lib/sim/ecs/types';
import { useEcsState } from '../use-ecs-state';

const selectTaskDefinitions = (state: { taskDefinitions: readonly TaskDefinition[] }) =>
  state.taskDefinitions;

export const toolButton =
  'min-h-11 rounded-lg border-2 border-accent-600 bg-[var(--bg)] px-4 py-2 font-semibold hover:bg-accent-50 dark:border-accent-400 dark:hover:bg-accent-900/40 aria-disabled:cursor-not-allowed aria-disabled:border-dashed aria-disabled:border-[var(--fg-soft)] aria-disabled:hover:bg-[var(--bg)]';

/** Where a draft can start from: the seed's example, or a revision the account already has. */
export function EditorToolbar({
  onLoadSeed,
  onOpenRevision,
}: {
  onLoadSeed: () => void;
  onOpenRevision: (definition: TaskDefinition) => void;
}) {
  const definitions = useEcsState(selectTaskDefinitions);
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const selected = definitions.find((definition) => definition.arn === chosen) ?? definitions.at(-1);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <button type="button" className={toolButton} onClick={onLoadSeed}>
        Load the seed&apos;s webserver example
      </button>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor={selectId} className="text-sm font-medium text-[var(--fg-soft)]">
            Open a registered revision
          </label>
          <select
            id={selectId}
            value={selected?.arn ?? ''}
            onChange={(event) => setChosen(event.target.value)}
            disabled={definitions.length === 0}
            className="min-h-11 rounded-lg border border-[var(--border)] bg-[var(--bg)] px-3 font-mono"
          >
            {definitions.length === 0 && <option value="">None registered yet</option>}
            {definitions.map((definition) => (
              <option key={definition.arn} value={definition.arn}>
                {revisionLabel(definition)}
                {definition.status === 'INACTIVE' ? ' (INACTIVE)' : ''}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={toolButton}
          aria-disabled={selected === undefined || undefined}
          onClick={selected === undefined ? undefined : () => onOpenRevision(selected)}
        >
          Open
        </button>
      </div>
    </div>
  );
}
