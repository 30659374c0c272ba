'use client';

import { StatusIcon } from '@/components/ui/status-icon';
import type { CheckedDraft } from '../../ecs/editor/use-draft-check';

/**
 * What `kubectl apply -f` would print for the manifest now, word for word, under the editor. A
 * polite live region, so a screen reader hears it once the learner pauses typing.
 */
export function ManifestStatus({ check, fileName }: { check: CheckedDraft | null; fileName: string }) {
  return (
    <div role="status" aria-live="polite" className="min-h-12">
      {check === null ? (
        <p className="text-[var(--fg-soft)]">Checking the manifest…</p>
      ) : check.isError ? (
        <div className="rounded-lg border border-red-700 bg-[var(--bg-soft)] p-3 dark:border-red-400">
          <p className="flex items-center gap-2 font-semibold text-red-800 dark:text-red-300">
            <StatusIcon status="wrong" className="size-5" />
            kubectl apply -f {fileName} would print:
          </p>
          <pre className="mt-2 font-mono text-sm wrap-anywhere whitespace-pre-wrap">{check.output}</pre>
        </div>
      ) : (
        <div>
          <p className="text-accent-700 dark:text-accent-300 flex items-center gap-2 font-semibold">
            <StatusIcon status="correct" className="size-5" />
            kubectl accepts {fileName}; applying it would print:
          </p>
          <pre className="mt-1 font-mono text-sm wrap-anywhere whitespace-pre-wrap">{check.output}</pre>
        </div>
      )}
    </div>
  );
}
