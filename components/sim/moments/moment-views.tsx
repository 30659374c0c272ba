'use client';

import type { Moment } from '../moment';
import { resolvedLine } from '@/lib/sim/simulator-entry';
import { useSim, useSimEntry } from '../sim-context';
import { formatSimTime } from '../format-time';
import { formatSeconds, playedFraction } from './moment-flow';

export const primaryButton =
  'bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-4 py-2 font-semibold text-white';
export const secondaryButton =
  'hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] bg-[var(--bg)] px-4 py-2 font-medium';

/** Before the moment's time: says that the simulation will stop, so the pause is no surprise. */
export function WaitingView({ moment }: { moment: Moment }) {
  return (
    <p className="text-[var(--fg-soft)]">
      Press play: the simulation pauses at {formatSimTime((moment.at ?? 0) * 1000)} to ask you something.
    </p>
  );
}

/** The question, an optional private note of the learner's guess, and the button that plays it. */
export function AskingView({
  inputId,
  moment,
  prediction,
  onPredictionChange,
  onPlay,
}: {
  inputId: string;
  moment: Moment;
  prediction: string;
  onPredictionChange: (text: string) => void;
  onPlay: () => void;
}) {
  const plays = (moment.run?.length ?? 0) > 0 || (moment.playFor ?? 0) > 0;
  // The lines as they will run: placeholders such as {task:web} filled from the paused state.
  const entry = useSimEntry();
  const simState = useSim((store) => store.session.state);
  return (
    <div className="space-y-3">
      <p className="text-lg leading-snug font-medium">{moment.prompt}</p>
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium text-[var(--fg-soft)]">
          Your prediction (optional, only for you)
        </label>
        <input
          id={inputId}
          type="text"
          value={prediction}
          onChange={(event) => onPredictionChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onPlay();
          }}
          autoComplete="off"
          className="focus:border-accent-600 mt-1 min-h-11 w-full rounded-lg border border-[var(--border)] bg-[var(--bg)] px-3 py-2"
        />
      </div>
      {moment.run && moment.run.length > 0 && (
        <p className="text-sm text-[var(--fg-soft)]">
          Playing runs{' '}
          {moment.run.map((line, index) => (
            <span key={`${index}-${line}`}>
              {index > 0 && ', then '}
              <code className="font-mono wrap-anywhere">{resolvedLine(entry, line, simState)}</code>
            </span>
          ))}{' '}
          in the console{(moment.playFor ?? 0) > 0 ? ` and plays ${formatSeconds(moment.playFor ?? 0)}` : ''}.
        </p>
      )}
      <button type="button" onClick={onPlay} className={primaryButton}>
        {plays ? 'Play and see' : 'Show what happens'}
      </button>
    </div>
  );
}

/** While the chosen stretch plays: how far it has got, and a way to skip to its end. */
export function PlayingView({
  startMs,
  untilMs,
  nowMs,
  paused,
  onSkip,
  onResume,
}: {
  startMs: number;
  untilMs: number;
  nowMs: number;
  paused: boolean;
  onSkip: () => void;
  onResume: () => void;
}) {
  const fraction = playedFraction(startMs, untilMs, nowMs);
  const totalMs = Math.max(0, untilMs - startMs);
  const elapsedMs = fraction * totalMs;
  return (
    <div className="space-y-3">
      <p>
        {paused ? 'Paused' : 'Playing'}: {formatSimTime(elapsedMs)} of {formatSimTime(totalMs)} simulated.
      </p>
      <div
        role="progressbar"
        aria-label="Played so far"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
        className="h-2 overflow-hidden rounded-full bg-[var(--border)]"
      >
        <div className="bg-accent-600 dark:bg-accent-400 h-full" style={{ width: `${fraction * 100}%` }} />
      </div>
      <div className="flex flex-wrap gap-2">
        {paused && (
          <button type="button" onClick={onResume} className={primaryButton}>
            Resume
          </button>
        )}
        <button type="button" onClick={onSkip} className={secondaryButton}>
          Skip ahead
        </button>
      </div>
    </div>
  );
}

/** What happened and why, beside what the learner predicted. */
export function RevealedView({
  moment,
  prediction,
  isLast,
  onNext,
}: {
  moment: Moment;
  prediction: string;
  isLast: boolean;
  onNext: () => void;
}) {
  return (
    <div className="space-y-3">
      <p className="text-[var(--fg-soft)]">{moment.prompt}</p>
      {prediction.trim() !== '' && (
        <p>
          <span className="font-medium">You predicted:</span> {prediction}
        </p>
      )}
      <div>
        <h4 className="font-semibold">What happened</h4>
        <p className="mt-1">{moment.answer}</p>
      </div>
      <button type="button" onClick={onNext} className={primaryButton}>
        {isLast ? 'Finish' : 'Next'}
      </button>
    </div>
  );
}
