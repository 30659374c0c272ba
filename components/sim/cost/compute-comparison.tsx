'use client';

import { useCallback, useMemo, useState } from 'react';
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import {
  compareOptions,
  DEFAULT_INPUT,
  DEFAULT_MINUTE,
  LOAD_SHAPE_LABELS,
  type CompareInput,
} from '@/lib/compare';
import { clock, count, usd } from '@/lib/compare/format';
import { ComparisonControls } from './comparison-controls';
import { DayChart } from './day-chart';
import { OPTION_LOOKS } from './option-looks';
import { OptionCards } from './option-cards';
import { PriceNotes } from './price-notes';
import { ResponsibilityTable } from './responsibility-table';
import { ScaleStepView } from './scale-step-view';
import { SummaryTable } from './summary-table';
import { TimeControl } from './time-control';
import { deeper, Heading, type HeadingLevel } from './heading';

function SectionHeading({ level, children }: { level: HeadingLevel; children: string }) {
  return (
    <Heading level={level} className="mt-8 mb-3 text-xl font-semibold">
      {children}
    </Heading>
  );
}

/**
 * Choosing your compute: the seed's nginx, three replicas at rest, run six ways over a simulated
 * day. The learner picks the load and the size; the model (lib/compare) does the rest, and every
 * number on the page is a pure function of those choices and the minute shown.
 */
export function ComputeComparisonView({
  initial = DEFAULT_INPUT,
  initialMinute = DEFAULT_MINUTE,
  headingLevel = 3,
}: {
  initial?: CompareInput;
  /** The minute of the day shown first (an embed at a talk's step). */
  initialMinute?: number;
  /** The level of its section headings: 3 inside a lesson's h2 section, 2 on its own page. */
  headingLevel?: HeadingLevel;
}) {
  const [input, setInput] = useState(initial);
  const [minute, setMinute] = useState(initialMinute);
  const [playing, setPlaying] = useState(false);
  const comparison = useMemo(() => compareOptions(input), [input]);
  const onMinute = useCallback((next: number) => setMinute(next), []);
  const onPlaying = useCallback((next: boolean) => setPlaying(next), []);
  const load = comparison.load[minute] ?? 0;
  const announcement = `${LOAD_SHAPE_LABELS[input.shape]}, peak ${count(input.peakRps)} requests per second, ${comparison.size.label}. Cost of the day: ${comparison.options
    .map((option) => `${OPTION_LOOKS[option.id].short} ${usd(option.dayTotal)}`)
    .join(', ')}.`;
  return (
    <MotionConfig reducedMotion="user">
      <LazyMotion features={domAnimation} strict>
        <section
          aria-label="Choosing your compute: one workload, side by side"
          // A simulator, not prose: its tables keep their own layout (see .lesson-prose table).
          data-slot="sim-frame"
          className="wide @container my-8 rounded-2xl border border-[var(--border)] bg-[var(--bg-soft)] p-3 sm:p-5"
        >
          <p className="max-w-[70ch]">
            The seed’s nginx web server, three replicas at rest, run six ways for one simulated day. Change
            the load and the size; every figure follows.
          </p>
          <div className="mt-4">
            <ComparisonControls input={input} onChange={setInput} />
          </div>
          <p role="status" className="sr-only">
            {announcement}
          </p>
          <SectionHeading level={headingLevel}>Cost over the day</SectionHeading>
          <DayChart comparison={comparison} minute={minute} />
          <div className="mt-3">
            <TimeControl minute={minute} playing={playing} onMinute={onMinute} onPlaying={onPlaying} />
          </div>
          <SectionHeading
            level={headingLevel}
          >{`Side by side at ${clock(minute)}: ${count(load)} requests/s`}</SectionHeading>
          <div className="mb-4 rounded-xl border border-[var(--border)] bg-[var(--bg)] p-3 @6xl:hidden">
            <SummaryTable comparison={comparison} minute={minute} caption={`All six at ${clock(minute)}`} />
          </div>
          <OptionCards comparison={comparison} minute={minute} headingLevel={deeper(headingLevel)} />
          <p className="mt-2 text-sm text-[var(--fg-soft)]">
            * Prices read from copies of the official price page, not the page itself: unconfirmed. Dates and
            sources are under “Where the numbers come from”.
          </p>
          <SectionHeading level={headingLevel}>Who manages what</SectionHeading>
          <ResponsibilityTable headingLevel={deeper(headingLevel)} />
          <SectionHeading level={headingLevel}>Scaling from 3 to 30</SectionHeading>
          <ScaleStepView size={comparison.size} />
          <div className="mt-6">
            <PriceNotes />
          </div>
        </section>
      </LazyMotion>
    </MotionConfig>
  );
}
