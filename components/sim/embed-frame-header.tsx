'use client';

import type { MouseEvent, FocusEvent, PointerEvent } from 'react';
import { encodeShareLink } from '@/lib/sim/core/share-link';
import { fullSimulatorAddress } from '@/lib/embed/embed-address';
import { useSimEntry, useSimStore } from './sim-context';
import { SimIcon } from './sim-icons';

const BUTTON =
  'flex h-9 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium hover:bg-[var(--bg-soft)]';

/**
 * The title bar of a simulator embedded in another page: its title, the transcript (the picture in
 * words), Reset, the keys, and "Open in Dockyard", which opens the full simulator in a new tab at this very moment. Nothing else: no share,
 * save or full-screen actions to crowd someone else's page.
 */
export function EmbedFrameHeader({
  title,
  seed,
  onTranscript,
  onKeys,
}: {
  title: string;
  seed: number;
  onTranscript: () => void;
  onKeys: () => void;
}) {
  const store = useSimStore();
  const id = useSimEntry().engine.id;

  // The link's address follows the simulation only when someone reaches for it: hover, focus or click
  // (encoding the whole log on every tick would cost more than the picture).
  function pointAtNow(
    event: MouseEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement> | PointerEvent<HTMLAnchorElement>,
  ) {
    event.currentTarget.href = fullSimulatorAddress(id, encodeShareLink(store.getState().session));
  }

  return (
    <header className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-[var(--border)] bg-[var(--bg)] px-3 py-1.5">
      <h2 className="min-w-[min(100%,16rem)] flex-1 text-base font-semibold">
        {title} <span className="font-normal whitespace-nowrap text-[var(--fg-soft)]">· seed {seed}</span>
      </h2>
      <div className="flex flex-wrap items-center gap-1">
        <button type="button" onClick={onTranscript} className={BUTTON}>
          Transcript
        </button>
        <button
          type="button"
          onClick={() => store.getState().reset()}
          aria-keyshortcuts="r"
          className={BUTTON}
        >
          <SimIcon name="reset" className="size-4" />
          Reset
        </button>
        <button type="button" onClick={onKeys} aria-keyshortcuts="?" className={BUTTON}>
          <SimIcon name="keyboard" className="size-4" />
          Keys
        </button>
        <a
          href={fullSimulatorAddress(id)}
          target="_blank"
          rel="noopener"
          onPointerEnter={pointAtNow}
          onFocus={pointAtNow}
          onClick={pointAtNow}
          onContextMenu={pointAtNow}
          className={`${BUTTON} text-accent-700 dark:text-accent-300 underline-offset-2 hover:underline`}
        >
          Open in Dockyard <span aria-hidden="true">↗</span>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
    </header>
  );
}
