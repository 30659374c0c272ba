'use client';

import { useState } from 'react';
import { encodeShareLink } from '@/lib/sim/core/share-link';
import { useSimEntry, useSimStore } from './sim-context';
import { SimIcon } from './sim-icons';

/** Copies a link to the full-screen simulator at exactly this moment: seed, commands and position. */
export function ShareButton() {
  const store = useSimStore();
  const entry = useSimEntry();
  const [status, setStatus] = useState('');

  async function share() {
    const hash = encodeShareLink(store.getState().session);
    const url = `${window.location.origin}/simulators/${entry.engine.id}/${hash}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      window.prompt('Copy this link:', url);
      setStatus('');
    }
    setTimeout(() => setStatus(''), 2500);
  }

  return (
    <button
      type="button"
      onClick={share}
      className="flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
    >
      <SimIcon name="link" className="size-4" />
      <span aria-live="polite">{status || 'Copy share link'}</span>
    </button>
  );
}
