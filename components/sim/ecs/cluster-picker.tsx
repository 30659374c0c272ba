'use client';

import type { EcsInspect } from './inspect-target';

/**
 * The shown cluster's name (a button: describe-clusters) and, when the account has several, a
 * small selector to show another.
 */
export function ClusterPicker({
  cluster,
  choices,
  onChoose,
  onInspect,
}: {
  cluster: string;
  choices: readonly string[];
  onChoose: (cluster: string) => void;
  onInspect: EcsInspect;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        onClick={() => onInspect({ kind: 'cluster', name: cluster })}
        aria-label={`Cluster ${cluster}. Show describe-clusters`}
        className="rounded-md text-left font-semibold"
      >
        Cluster{' '}
        <span className="text-accent-700 dark:text-accent-300 font-mono underline underline-offset-2">
          {cluster}
        </span>
      </button>
      {choices.length > 1 && (
        <label className="flex items-center gap-1.5 text-sm">
          Show cluster
          <select
            value={cluster}
            onChange={(event) => onChoose(event.target.value)}
            className="h-9 max-w-[12rem] rounded-md border border-[var(--border)] bg-[var(--bg)] px-2"
          >
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
