'use client';

import { useMemo } from 'react';
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { compareOptions, LOAD_SHAPE_LABELS, type CompareInput } from '@/lib/compare';
import { clock, count } from '@/lib/compare/format';
import { ComparisonControls } from './comparison-controls';
import { DayChart } from './day-chart';
import { OptionCards } from './option-cards';
import { SummaryTable } from './summary-table';
import { TimeControl } from './time-control';
import { Heading } from './heading';

const SECTION = 'mt-6 mb-3 text-xl font-semibold';

/**
 * The side-by-side as a talk shows it, for settings the talk holds: what a room reads first (the
 * minute, the settings and all six at a glance, answered or not), then the day's chart and the
 * time of day, the controls, and the six cards in full. Who manages what, the tenfold jump and the
 * sources stay on the comparison's own page.
 */
export function ComparisonOnStage({
  input,
  minute,
  playing,
  onInput,
  onMinute,
  onPlaying,
}: {
  input: CompareInput;
  minute: number;
  playing: boolean;
  onInput: (next: CompareInput) => void;
  /** Keep these two stable (useCallback): the time control restarts its timer when they change. */
  onMinute: (next: number) => void;
  onPlaying: (next: boolean) => void;
}) {
  const comparison = useMemo(() => compareOptions(input), [input]);
  const load = comparison.load[minute] ?? 0;
  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={domAnimation} strict>
        {/* A group, not a landmark: a handout shows one per step, and the stage is the page's content. */}
        <div
          role="group"
          aria-label="Choosing your compute: one workload, side by side"
          className="@container rounded-2xl border border-[var(--border)] bg-[var(--bg-soft)] p-3 sm:p-5"
        >
          <Heading level={3} className="text-xl font-semibold">
            {`Side by side at ${clock(minute)}: ${count(load)} requests/s`}
          </Heading>
          <p className="mt-1 text-[var(--fg-soft)]">
            {LOAD_SHAPE_LABELS[input.shape]}, busiest minute {count(input.peakRps)} requests/s, each replica{' '}
            {comparison.size.label}
          </p>
          <div className="mt-3 @md:rounded-xl @md:border @md:border-[var(--border)] @md:bg-[var(--bg)] @md:p-3">
            <SummaryTable
              comparison={comparison}
              minute={minute}
              caption={`All six at ${clock(minute)}`}
              withAnswers
            />
          </div>
          <Heading level={3} className={SECTION}>
            Cost over the day
          </Heading>
          <DayChart comparison={comparison} minute={minute} />
          <div className="mt-3">
            <TimeControl minute={minute} playing={playing} onMinute={onMinute} onPlaying={onPlaying} />
          </div>
          <Heading level={3} className={SECTION}>
            The load and the size
          </Heading>
          <ComparisonControls input={input} onChange={onInput} />
          <Heading level={3} className={SECTION}>
            {`Each option at ${clock(minute)}`}
          </Heading>
          <OptionCards comparison={comparison} minute={minute} headingLevel={4} />
          <p className="mt-2 text-sm text-[var(--fg-soft)]">
            * Prices read from copies of the official price page, not the page itself: unconfirmed. Dates and
            sources are under “Where the numbers come from” on the comparison’s own page,
            /simulators/compare/.
          </p>
        </div>
      </LazyMotion>
    </MotionConfig>
  );
}
