'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CompareInput } from '@/lib/compare';
import { playedSteps } from '@/lib/present/navigation';
import {
  compareViewAfter,
  decodeLiveCompareView,
  encodeLiveCompareView,
  type LiveCompareView,
} from '@/lib/present/compare-view';
import { ComparisonOnStage } from '@/components/sim/cost/comparison-on-stage';
import type { StageProps } from './scenario-stage';

/**
 * A talk on the side-by-side: the view the current step sets (the load, its peak, the size, the
 * time of day), or the presenter's own while off script. The side-by-side has no engine, so a
 * change the presenter makes goes to the audience window whole, as the talk's `live` string;
 * playing the day runs in each window from the same minute, and pausing reports where it stopped.
 * In the audience window the controls change only that window, until the talk moves.
 */
export function CompareStage({ scenario, cursor, live, presenter }: StageProps) {
  const played = playedSteps(cursor);
  const source = live ?? `step-${played}`;
  const shown = useMemo<LiveCompareView>(
    () =>
      (live === null ? null : decodeLiveCompareView(live)) ?? {
        ...compareViewAfter(scenario, played),
        playing: false,
      },
    [scenario, played, live],
  );

  const [view, setView] = useState(shown);
  const [seen, setSeen] = useState(source);
  // What this window last reported: coming back as the talk's live view, it must not reset the view.
  const [reported, setReported] = useState<string | null>(null);
  if (seen !== source) {
    setSeen(source);
    if (source !== reported) setView(shown);
  }

  // Handlers read the latest view and reporter: the time control calls them from its timer.
  const latest = useRef(view);
  const report = useRef(presenter?.onLive);
  useEffect(() => {
    latest.current = view;
    report.current = presenter?.onLive;
  });
  const change = useCallback((next: LiveCompareView, tell: boolean) => {
    latest.current = next;
    setView(next);
    const onLive = report.current;
    if (!tell || onLive === undefined) return;
    const hash = encodeLiveCompareView(next);
    setReported(hash);
    onLive(hash);
  }, []);
  const onInput = useCallback((input: CompareInput) => change({ ...latest.current, input }, true), [change]);
  // Each tick of a playing day stays in its window; a minute picked by hand is reported.
  const onMinute = useCallback(
    (minute: number) => change({ ...latest.current, minute }, !latest.current.playing),
    [change],
  );
  const onPlaying = useCallback((playing: boolean) => change({ ...latest.current, playing }, true), [change]);

  return (
    <ComparisonOnStage
      input={view.input}
      minute={view.minute}
      playing={view.playing}
      onInput={onInput}
      onMinute={onMinute}
      onPlaying={onPlaying}
    />
  );
}
