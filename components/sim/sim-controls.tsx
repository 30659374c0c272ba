'use client';

import { useSim } from './sim-context';
import { SPEEDS, type Speed } from './sim-store';
import { SimIcon, type SimIconName } from './sim-icons';
import { formatSimTime } from './format-time';

function ControlButton({
  icon,
  label,
  shortcut,
  onClick,
  pressed,
}: {
  icon: SimIconName;
  label: string;
  shortcut: string;
  onClick: () => void;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={`${label} (${shortcut})`}
      className="hover:border-accent-500 flex size-11 items-center justify-center rounded-lg border border-[var(--border)] bg-[var(--bg)]"
    >
      <SimIcon name={icon} />
      <span className="sr-only">{label}</span>
    </button>
  );
}

/** Play/pause, step, step back, speed and the timeline scrubber. */
export function SimControls() {
  const playing = useSim((state) => state.playing);
  const speed = useSim((state) => state.speed);
  const now = useSim((state) => state.session.state.now);
  const end = useSim((state) => state.session.end);
  const togglePlaying = useSim((state) => state.togglePlaying);
  const stepBack = useSim((state) => state.stepBack);
  const stepForward = useSim((state) => state.stepForward);
  const setSpeed = useSim((state) => state.setSpeed);
  const seek = useSim((state) => state.seek);
  const max = Math.max(end, now, 1000);
  const waiting = useSim(
    (state) => !state.playing && state.session.engine.nextChangeAt(state.session.state) !== null,
  );

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 sm:gap-3">
        <ControlButton icon="stepBack" label="Step back" shortcut="ArrowLeft" onClick={stepBack} />
        <ControlButton
          icon={playing ? 'pause' : 'play'}
          label={playing ? 'Pause' : 'Play'}
          shortcut="Space"
          onClick={togglePlaying}
        />
        <ControlButton icon="stepForward" label="Step forward" shortcut="ArrowRight" onClick={stepForward} />
        <label className="flex items-center gap-2 text-sm">
          <span className="sr-only sm:not-sr-only">Speed</span>
          <select
            value={speed}
            onChange={(event) => setSpeed(Number(event.target.value) as Speed)}
            aria-keyshortcuts="[ ]"
            className="h-11 rounded-lg border border-[var(--border)] bg-[var(--bg)] px-2"
          >
            {SPEEDS.map((value) => (
              <option key={value} value={value}>
                {value}×
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-[12rem] flex-1 items-center gap-3">
          <span className="sr-only">Timeline</span>
          <input
            type="range"
            min={0}
            max={max}
            step={100}
            value={Math.min(now, max)}
            onChange={(event) => seek(Number(event.target.value))}
            aria-valuetext={`${formatSimTime(now)} of ${formatSimTime(max)}`}
            className="accent-accent-700 h-11 flex-1"
          />
          <span className="w-24 text-right font-mono text-base tabular-nums" aria-hidden="true">
            {formatSimTime(now)}
          </span>
        </label>
      </div>
      <p role="status" className="mt-2 min-h-[1.25rem] text-sm text-[var(--fg-soft)]">
        {waiting
          ? 'Paused: simulated time only passes while the simulator plays. Press Play (Space) or Step forward (→).'
          : ''}
      </p>
    </div>
  );
}
