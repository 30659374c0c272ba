'use client';

import type { RefObject } from 'react';
import { useRouter } from 'next/navigation';
import { encodeShareLink } from '@/lib/sim/core/share-link';
import { useSimStore } from './sim-context';
import { ShareButton } from './share-button';
import { EmbedButton } from './embed-button';
import { SaveScenarioButton } from './save-scenario-button';
import { SimIcon } from './sim-icons';

/** On the full-screen page: the browser's own full screen, for a projector. */
function toggleFullscreen(element: HTMLElement | null) {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void element?.requestFullscreen?.();
}

/** The title bar of a simulator on the course's own pages: its title and seed, and what can be done with it. */
export function SimFrameHeader({
  title,
  seed,
  fullScreenHref,
  frameRef,
  onTranscript,
  onKeys,
}: {
  title: string;
  seed: number;
  fullScreenHref?: string;
  frameRef: RefObject<HTMLElement | null>;
  onTranscript: () => void;
  onKeys: () => void;
}) {
  const router = useRouter();
  const store = useSimStore();
  return (
    <header className="flex flex-wrap items-center gap-2 border-b border-[var(--border)] bg-[var(--bg)] px-3 py-2 sm:px-4">
      <h2 className="min-w-[min(100%,16rem)] flex-1 text-base font-semibold">
        {title} <span className="font-normal text-[var(--fg-soft)]">· seed {seed}</span>
      </h2>
      <div className="flex flex-wrap gap-1">
        <ShareButton />
        <EmbedButton />
        <SaveScenarioButton />
        <button
          type="button"
          onClick={onTranscript}
          className="h-10 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
        >
          Transcript
        </button>
        <button
          type="button"
          onClick={() => store.getState().reset()}
          className="h-10 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
          aria-keyshortcuts="r"
        >
          Reset
        </button>
        <button
          type="button"
          onClick={() => store.getState().newSeed()}
          className="h-10 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
        >
          New seed
        </button>
        <button
          type="button"
          onClick={() =>
            fullScreenHref
              ? // In a lesson: the full-screen page at this very moment (the share link keeps preset, seed and time).
                router.push(`${fullScreenHref}${encodeShareLink(store.getState().session)}`)
              : toggleFullscreen(frameRef.current)
          }
          className="flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
        >
          <SimIcon name="expand" className="size-4" />
          Full screen
        </button>
        <button
          type="button"
          onClick={onKeys}
          aria-keyshortcuts="?"
          className="flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
        >
          <SimIcon name="keyboard" className="size-4" />
          <span>Keys</span>
        </button>
      </div>
    </header>
  );
}
