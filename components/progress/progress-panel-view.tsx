'use client';

import { useRef, useState } from 'react';
import { getProgressSnapshot, progressLib, readQuarantined, updateProgress, whenProgressLoaded } from './progress-store';
import { useProgress } from './use-progress';
import { downloadText } from './download';

type Message = { kind: 'success' | 'error'; text: string };

/** Export and import progress as a JSON file, so a learner can move between browsers. */
export function ProgressPanelView() {
  const snapshot = useProgress();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | null>(null);

  function exportFile() {
    const quarantined = readQuarantined();
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`dockyard-progress-${date}.json`, progressLib().exportProgress(getProgressSnapshot()!.progress, quarantined ? [quarantined] : undefined));
    setMessage({ kind: 'success', text: 'Progress exported. Keep the file to import it in another browser.' });
  }

  async function importFile(file: File) {
    const text = await file.text();
    // A file can be chosen before the library has loaded (its input is there from the first paint).
    await whenProgressLoaded();
    const current = getProgressSnapshot();
    if (!current) return;
    const result = progressLib().importProgress(text, current.progress);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Could not import ${file.name}: ${result.error}` });
      return;
    }
    updateProgress(() => result.progress);
    setMessage({ kind: 'success', text: `Imported ${file.name}: ${result.summary}` });
  }

  return (
    <section aria-labelledby="your-progress" className="mt-14 max-w-2xl rounded-2xl border border-[var(--border)] p-5">
      <h2 id="your-progress" className="text-lg font-semibold">
        Your progress
      </h2>
      <p className="mt-1 text-sm text-[var(--fg-soft)]">
        Dockyard keeps your progress in this browser only: no account, nothing sent anywhere. Export it to keep a copy or
        to continue on another device.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={exportFile}
          disabled={!snapshot}
          className="rounded-lg border border-[var(--border)] px-4 py-2 font-medium hover:border-accent-500"
        >
          Export progress
        </button>
        <button
          type="button"
          onClick={() => fileInput.current?.click()}
          disabled={!snapshot}
          className="rounded-lg border border-[var(--border)] px-4 py-2 font-medium hover:border-accent-500"
        >
          Import progress
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Progress file to import"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = '';
          }}
        />
      </div>
      <p role="status" className={message?.kind === 'error' ? 'mt-3 text-sm text-red-700 dark:text-red-300' : 'mt-3 text-sm text-[var(--fg-soft)]'}>
        {message?.text}
      </p>
    </section>
  );
}
