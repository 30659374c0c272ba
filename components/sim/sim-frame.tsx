'use client';

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { LazyMotion, MotionConfig, domMax } from 'framer-motion';
import { useSim, useSimEntry, useSimStore } from './sim-context';
import { usePlayLoop } from './use-play-loop';
import { SimControls } from './sim-controls';
import { EventLog } from './event-log';
import { SimConsole } from './sim-console';
import { ShortcutSheet } from './shortcut-sheet';
import { TranscriptDialog } from './transcript-dialog';
import { useSectionLabel } from './use-section-label';
import { LinkProblemBanner } from './link-problem-banner';
import { SimFrameHeader } from './sim-frame-header';
import { EmbedFrameHeader } from './embed-frame-header';
import { useEmbedPlacement } from './embed-context';

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
  const entry = useSimEntry();
  const store = useSimStore();
  const seed = useSim((state) => state.session.seed);
  const presetId = useSim((state) => state.presetId);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [transcriptOpen, setTranscriptOpen] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const embed = useEmbedPlacement();
  const preset = entry.presets.find((candidate) => candidate.id === presetId);
  const subtitle = embed?.scenario ? `scenario: ${embed.scenario.title}` : preset?.title;
  const title = `${entry.engine.title}${subtitle ? ` · ${subtitle}` : ''}`;
  useSectionLabel(rootRef, `${title} simulator`);

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
          data-slot="sim-frame"
          className={
            embed
              ? // Alone in an iframe: the frame is the page, edge to edge.
                'min-h-dvh bg-[var(--bg-soft)] focus:outline-none'
              : 'wide my-8 overflow-hidden rounded-2xl border border-[var(--border)] bg-[var(--bg-soft)] focus:outline-none'
          }
        >
          {embed ? (
            <EmbedFrameHeader
              title={title}
              seed={seed}
              onTranscript={() => setTranscriptOpen(true)}
              onKeys={() => setSheetOpen(true)}
            />
          ) : (
            <SimFrameHeader
              title={title}
              seed={seed}
              fullScreenHref={fullScreenHref}
              frameRef={rootRef}
              onTranscript={() => setTranscriptOpen(true)}
              onKeys={() => setSheetOpen(true)}
            />
          )}
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
