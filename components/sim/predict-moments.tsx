'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Moment } from './moment';
import { useSim, useSimStore } from './sim-context';
import { duplicateMomentIds } from './moments/moment-flow';
import { useMomentFlow } from './moments/use-moment-flow';
import { AskingView, PlayingView, RevealedView, WaitingView, secondaryButton } from './moments/moment-views';

/** What a screen reader hears when the card changes (never the ticking time). */
function announcement(kind: string, moment: Moment | undefined): string {
  if (moment === undefined) return 'All moments done.';
  if (kind === 'asking') return `Paused. Predict: ${moment.prompt}`;
  if (kind === 'playing') return 'Playing.';
  if (kind === 'revealed') return `What happened: ${moment.answer}`;
  return '';
}

/**
 * "Predict, then play" moments inside a simulator frame (its `banner`): the simulation stops at
 * each moment, asks, plays what the learner chose to see, then says what happened and why.
 * Reset in the frame starts the moments over.
 */
export function PredictMoments({ moments }: { moments: readonly Moment[] }) {
  const store = useSimStore();
  const flow = useMomentFlow(moments);
  const now = useSim((state) => state.session.state.now);
  const playing = useSim((state) => state.playing);
  const [predictions, setPredictions] = useState<Readonly<Record<string, string>>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const actedRef = useRef(false);
  const duplicates = duplicateMomentIds(moments);
  // Two simulators on a page may use the same moment ids: element ids need a per-card prefix.
  const idPrefix = useId();

  // After a button the learner pressed disappears, keep their place: focus goes to the card.
  useEffect(() => {
    if (!actedRef.current) return;
    actedRef.current = false;
    headingRef.current?.focus();
  }, [flow.phase.kind, flow.index]);

  const acted =
    <T extends unknown[]>(action: (...args: T) => void) =>
    (...args: T) => {
      actedRef.current = true;
      action(...args);
    };

  if (moments.length === 0) return null;
  if (duplicates.length > 0) {
    return (
      <p role="alert" className="rounded-xl border border-red-600 p-4 dark:border-red-400">
        These moments share an id, so they cannot be told apart: {duplicates.join(', ')}.
      </p>
    );
  }

  const moment = flow.index === null ? undefined : moments[flow.index];
  const headingId = `${idPrefix}-heading`;
  const position = flow.index === null ? moments.length : flow.index + 1;

  return (
    <section
      role="group"
      aria-labelledby={headingId}
      className="border-accent-600 dark:border-accent-400 rounded-xl border border-l-4 bg-[var(--bg)] p-4 sm:p-5"
    >
      <h3
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="text-sm font-semibold tracking-wide uppercase focus:outline-none"
      >
        {moment === undefined
          ? 'Predict, then play: done'
          : `${flow.phase.kind === 'revealed' ? 'What happened' : 'Predict'} · ${position} of ${moments.length}`}
      </h3>
      <div className="mt-2">
        {moment === undefined ? (
          <div className="space-y-3">
            <p>You have been through every moment. Reset the simulator to go through them again.</p>
            <button type="button" onClick={acted(() => store.getState().reset())} className={secondaryButton}>
              Reset and start again
            </button>
          </div>
        ) : flow.phase.kind === 'waiting' ? (
          <WaitingView moment={moment} />
        ) : flow.phase.kind === 'asking' ? (
          <AskingView
            inputId={`${idPrefix}-prediction-${flow.index}`}
            moment={moment}
            prediction={predictions[moment.id] ?? ''}
            onPredictionChange={(text) => setPredictions((previous) => ({ ...previous, [moment.id]: text }))}
            onPlay={acted(flow.play)}
          />
        ) : flow.phase.kind === 'playing' ? (
          <PlayingView
            startMs={flow.playStart}
            untilMs={flow.phase.until}
            nowMs={now}
            paused={!playing}
            onSkip={acted(flow.skipAhead)}
            onResume={flow.resume}
          />
        ) : (
          <RevealedView
            moment={moment}
            prediction={predictions[moment.id] ?? ''}
            isLast={flow.index === moments.length - 1}
            onNext={acted(flow.next)}
          />
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement(flow.phase.kind, moment)}
      </p>
    </section>
  );
}
