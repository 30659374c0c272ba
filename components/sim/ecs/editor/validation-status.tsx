'use client';

import { StatusIcon } from '@/components/ui/status-icon';
import type { CheckedDraft } from './use-draft-check';

/**
 * The console's answer to the draft, word for word, under the editor. A polite live region, so a
 * screen reader hears it once the learner pauses typing.
 */
export function ValidationStatus({ check, fileName }: { check: CheckedDraft | null; fileName: string }) {
  return (
    <div role="status" aria-live="polite" className="min-h-12">
      {check === null ? (
        <p className="text-[var(--fg-soft)]">Checking the definition…</p>
      ) : check.isError ? (
        <div className="rounded-lg border border-red-700 bg-[var(--bg-soft)] p-3 dark:border-red-400">
          <p className="flex items-center gap-2 font-semibold text-red-800 dark:text-red-300">
            <StatusIcon status="wrong" className="size-5" />
            The console refuses file://{fileName}:
          </p>
          <pre className="mt-2 font-mono text-sm wrap-anywhere whitespace-pre-wrap">{check.output}</pre>
        </div>
      ) : (
        <p className="text-accent-700 dark:text-accent-300 flex items-center gap-2 font-semibold">
          <StatusIcon status="correct" className="size-5" />
          The console accepts file://{fileName}: it would register a new revision.
        </p>
      )}
    </div>
  );
}
