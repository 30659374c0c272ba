'use client';

import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * A large native modal <dialog> (full screen on a phone): focus is trapped, Escape closes, and
 * focus goes back to `returnFocusTo`. The same pattern as components/ui/modal-dialog.tsx, sized
 * for an editor.
 */
export function EditorDialog({
  open,
  onClose,
  title,
  returnFocusTo,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  returnFocusTo: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    // Escape closes the native dialog before React hears of it; either way, focus goes back.
    if (!open && wasOpen.current) returnFocusTo.current?.focus();
    wasOpen.current = open;
  }, [open, returnFocusTo]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-label={title}
      className="m-auto h-[min(56rem,calc(100dvh-2rem))] max-h-none w-[min(72rem,calc(100vw-2rem))] max-w-none rounded-2xl border border-[var(--border)] bg-[var(--bg)] p-0 text-[var(--fg)] shadow-2xl backdrop:bg-black/50 max-sm:m-0 max-sm:h-dvh max-sm:w-screen max-sm:rounded-none max-sm:border-0"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-3 border-b border-[var(--border)] px-5 py-3">
          <h2 className="text-xl font-semibold">{title}</h2>
          <button
            type="button"
            onClick={onClose}
            className="min-h-11 rounded-md px-4 py-1.5 font-medium hover:bg-[var(--bg-soft)]"
          >
            Close
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{open && children}</div>
      </div>
    </dialog>
  );
}
