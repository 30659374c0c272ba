'use client';

import { useId, useRef, useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';

type CopyState = 'idle' | 'copied' | 'selected';

/**
 * The embed code for the simulator's current state, ready to paste into another page. The code is
 * selected when the dialog opens; Copy uses the clipboard, and where a page may not (an insecure
 * origin, a denied permission) the code stays selected for Ctrl+C instead.
 */
export function EmbedDialog({
  snippet,
  previewHref,
  onClose,
}: {
  /** Null while the dialog is closed. */
  snippet: string | null;
  previewHref: string;
  onClose: () => void;
}) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const codeId = useId();

  function selectCode() {
    codeRef.current?.focus();
    codeRef.current?.select();
  }

  async function copyCode() {
    try {
      await navigator.clipboard.writeText(snippet ?? '');
      setCopy('copied');
    } catch {
      selectCode();
      setCopy('selected');
    }
    setTimeout(() => setCopy('idle'), 4000);
  }

  return (
    <ModalDialog
      open={snippet !== null}
      onClose={() => {
        setCopy('idle');
        onClose();
      }}
      title="Embed this simulator"
    >
      <p className="max-w-[60ch]">
        Paste this HTML into your own page, a course platform or a blog: it shows this simulator alone, at
        this moment. Visitors can play, step and type in it; nothing they do there is saved.
      </p>
      <label htmlFor={codeId} className="mt-4 block text-sm font-semibold">
        Embed code
      </label>
      <textarea
        id={codeId}
        // Native <dialog> focuses the element marked autofocus when it opens (React only sets the property).
        ref={(element) => {
          codeRef.current = element;
          element?.setAttribute('autofocus', '');
        }}
        readOnly
        rows={5}
        spellCheck={false}
        value={snippet ?? ''}
        onFocus={(event) => event.currentTarget.select()}
        className="focus:border-accent-500 mt-1 block w-full resize-y rounded-lg border border-[var(--border)] bg-[var(--bg-soft)] p-3 font-mono text-sm break-all"
      />
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="button"
          onClick={copyCode}
          className="bg-accent-700 hover:bg-accent-800 rounded-lg px-4 py-2 font-semibold text-white"
        >
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
        <a
          href={previewHref}
          target="_blank"
          rel="noopener"
          className="text-accent-700 dark:text-accent-300 text-sm font-medium underline"
        >
          Preview the embed <span aria-hidden="true">↗</span>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-[var(--fg-soft)]">
        {copy === 'copied'
          ? 'Copied to the clipboard.'
          : copy === 'selected'
            ? 'This page may not use the clipboard: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.'
            : ''}
      </p>
      <p className="mt-1 text-sm text-[var(--fg-soft)]">
        It is 640 pixels high; change <code>height=&quot;640&quot;</code> to suit your page. Inside it, “Open
        in Dockyard” opens the full simulator at the same moment.
      </p>
    </ModalDialog>
  );
}
