'use client';

import { useState } from 'react';
import { encodeShareLink } from '@/lib/sim/core/share-link';
import { embedAddress, embedFrameTitle, embedSnippet } from '@/lib/embed/embed-address';
import { useSimEntry, useSimStore } from './sim-context';
import { simulatorCatalog } from './simulator-catalog';
import { EmbedDialog } from './embed-dialog';

/** "Embed": the <iframe> code for this simulator at this moment, for an instructor's own page. */
export function EmbedButton() {
  const store = useSimStore();
  const entry = useSimEntry();
  const [embed, setEmbed] = useState<{ snippet: string; src: string } | null>(null);

  function open() {
    const { session, presetId } = store.getState();
    const id = entry.engine.id;
    const defaultPreset = simulatorCatalog.find((simulator) => simulator.id === id)?.defaultPreset;
    // The hash holds the whole state; the preset names what the title shows and Reset returns to.
    const src = embedAddress(window.location.origin, id, {
      preset: presetId === defaultPreset ? undefined : presetId,
      hash: encodeShareLink(session),
    });
    setEmbed({ src, snippet: embedSnippet({ src, title: embedFrameTitle(entry.engine.title) }) });
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        className="flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
      >
        <span aria-hidden="true" className="font-mono text-xs">
          &lt;/&gt;
        </span>
        Embed
      </button>
      <EmbedDialog
        snippet={embed?.snippet ?? null}
        previewHref={embed?.src ?? ''}
        onClose={() => setEmbed(null)}
      />
    </>
  );
}
