'use client';

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { LazyMotion, MotionConfig, domMax } from 'framer-motion';
import { useRouter } from 'next/navigation';
import { useSim, useSimEntry, useSimStore } from './sim-context';
import { usePlayLoop } from './use-play-loop';
import { SimControls } from './sim-controls';
import { EventLog } from './event-log';
import { SimConsole } from './sim-console';
import { ShortcutSheet } from './shortcut-sheet';
import { TranscriptDialog } from './transcript-dialog';
import { ShareButton } from './share-button';
import { SaveScenarioButton } from './save-scenario-button';
import { LinkProblemBanner } from './link-problem-banner';
import { SimIcon } from './sim-icons';
import { encodeShareLink } from '@/lib/sim/core/share-link';

/** On the full-screen page: the browser's own full screen, for a projector. */
function toggleFullscreen(element: HTMLElement | null) {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void element?.requestFullscreen?.();
}

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The chrome every simulator shares: title bar, the picture, playback controls and timeline,
 * console and event log. Shortcuts apply while focus is inside the frame and not in a text field.
 */
export function SimFrame({
  picture,
  actions,
  banner,
  fullScreenHref,
}: {
  picture: ReactNode;
  actions?: ReactNode;
  /** Above everything else in the frame: a drill's goal, a lesson's "predict, then play" moment. */
  banner?: ReactNode;
  fullScreenHref?: string;
}) {
  usePlayLoop();
  const router = useRouter();
  const entry = useSimEntry();
  const store = useSimStore();
  const seed = useSim((state) => state.session.seed);
  const presetId = useSim((state) => state.presetId);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [transcriptOpen, setTranscriptOpen] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const preset = entry.presets.find((candidate) => candidate.id === presetId);
  const title = `${entry.engine.title}${preset ? ` · ${preset.title}` : ''}`;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && isTyping(event.target)) {
      rootRef.current?.focus();
      return;
    }
    if (isTyping(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const actionsByKey: Record<string, () => void> = {
      ' ': () => store.getState().togglePlaying(),
      k: () => store.getState().togglePlaying(),
      ArrowRight: () => store.getState().stepForward(),
      l: () => store.getState().stepForward(),
      ArrowLeft: () => store.getState().stepBack(),
      j: () => store.getState().stepBack(),
      ']': () => store.getState().faster(),
      '[': () => store.getState().slower(),
      Home: () => store.getState().seek(0),
      End: () => store.getState().seek(store.getState().session.end),
      r: () => store.getState().reset(),
      '/': () => rootRef.current?.querySelector<HTMLInputElement>('[data-sim-console]')?.focus(),
      '?': () => setSheetOpen(true),
    };
    const action = actionsByKey[event.key];
    // Buttons and the range input already handle Space and arrows themselves.
    const target = event.target as HTMLElement;
    if (!action || (target.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter'))) return;
    if (target.getAttribute('type') === 'range' && event.key.startsWith('Arrow')) return;
    event.preventDefault();
    action();
  }

  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={domMax} strict>
        <section
          ref={rootRef}
          tabIndex={-1}
          onKeyDown={onKeyDown}
          // Its `/` types in the console: site search leaves that key to it (lib/search/shortcut.ts).
          data-owns-slash-key
          data-pagefind-ignore="all"
          aria-label={`${title} simulator`}
          className="wide my-8 overflow-hidden rounded-2xl border border-[var(--border)] bg-[var(--bg-soft)] focus:outline-none"
        >
          <header className="flex flex-wrap items-center gap-2 border-b border-[var(--border)] bg-[var(--bg)] px-3 py-2 sm:px-4">
            <h2 className="min-w-[min(100%,16rem)] flex-1 text-base font-semibold">
              {title} <span className="font-normal text-[var(--fg-soft)]">· seed {seed}</span>
            </h2>
            <div className="flex flex-wrap gap-1">
              <ShareButton />
              <SaveScenarioButton />
              <button
                type="button"
                onClick={() => setTranscriptOpen(true)}
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
                    : toggleFullscreen(rootRef.current)
                }
                className="flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
              >
                <SimIcon name="expand" className="size-4" />
                Full screen
              </button>
              <button
                type="button"
                onClick={() => setSheetOpen(true)}
                aria-keyshortcuts="?"
                className="flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
              >
                <SimIcon name="keyboard" className="size-4" />
                <span>Keys</span>
              </button>
            </div>
          </header>
          <LinkProblemBanner />
          <div className="p-3 sm:p-4">
            {banner && <div className="mb-4">{banner}</div>}
            {/* Actions first: on a phone, what a button changes is then right below it. */}
            {actions && <div className="mb-4">{actions}</div>}
            {picture}
            <div className="mt-4 rounded-xl border border-[var(--border)] bg-[var(--bg)] p-3">
              <SimControls />
            </div>
            <div className="mt-4 grid gap-4 lg:grid-cols-2">
              <SimConsole />
              <EventLog />
            </div>
          </div>
          <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
          <TranscriptDialog open={transcriptOpen} onClose={() => setTranscriptOpen(false)} title={title} />
        </section>
      </LazyMotion>
    </MotionConfig>
  );
}
