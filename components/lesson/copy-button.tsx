'use client';

import { useRef, useState } from 'react';

/** Copies the text of the <pre> beside it. Says what happened in words, for screen readers too. */
export function CopyButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ref = useRef<HTMLButtonElement>(null);

  async function copy() {
    const text = ref.current?.parentElement?.querySelector('pre')?.innerText ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      ref={ref}
      type="button"
      onClick={copy}
      data-pagefind-ignore="all"
      className="no-print absolute top-2 right-2 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2.5 py-1 text-xs font-medium text-[var(--fg-soft)] hover:text-[var(--fg)]"
    >
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </span>
    </button>
  );
}
