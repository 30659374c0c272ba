'use client';

import { useEffect, useId, useRef } from 'react';
import { LAST_MINUTE } from '@/lib/compare';
import { clock } from '@/lib/compare/format';

/** Playing moves 10 simulated minutes every 80 ms: the day in about 12 seconds. */
const STEP_MINUTES = 10;
const STEP_MS = 80;

/** The minute the cards show: a slider through the day and a play button that walks it. */
export function TimeControl({
  minute,
  playing,
  onMinute,
  onPlaying,
}: {
  minute: number;
  playing: boolean;
  onMinute: (minute: number) => void;
  onPlaying: (playing: boolean) => void;
}) {
  const id = useId();
  const latest = useRef(minute);
  useEffect(() => {
    latest.current = minute;
  }, [minute]);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = latest.current + STEP_MINUTES;
      if (next >= LAST_MINUTE) {
        onMinute(LAST_MINUTE);
        onPlaying(false);
      } else onMinute(next);
    }, STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, onMinute, onPlaying]);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => {
          if (!playing && minute >= LAST_MINUTE) onMinute(0);
          onPlaying(!playing);
        }}
        className="bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-4 font-semibold text-white"
      >
        {playing ? 'Pause' : 'Play the day'}
      </button>
      <label htmlFor={id} className="font-semibold">
        Time of day <span className="tabular-nums">{clock(minute)}</span>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={LAST_MINUTE}
        step={10}
        value={minute}
        aria-valuetext={clock(minute)}
        onChange={(event) => {
          onPlaying(false);
          onMinute(Number(event.target.value));
        }}
        className="accent-accent-600 h-6 min-w-40 flex-1"
      />
    </div>
  );
}
