'use client';

import { useId } from 'react';
import {
  LOAD_SHAPE_DESCRIPTIONS,
  LOAD_SHAPE_LABELS,
  LOAD_SHAPES,
  PEAK_STOPS,
  SIZE_IDS,
  SIZES,
  type CompareInput,
} from '@/lib/compare';
import { ChoiceGroup } from './choice-group';
import { count } from '@/lib/compare/format';

export function nearestStop(rps: number): number {
  let best = 0;
  PEAK_STOPS.forEach((stop, index) => {
    if (Math.abs(stop - rps) < Math.abs((PEAK_STOPS[best] ?? 0) - rps)) best = index;
  });
  return best;
}

/** What the learner can change: the shape of the day's load, its peak, and the replica size. */
export function ComparisonControls({
  input,
  onChange,
}: {
  input: CompareInput;
  onChange: (next: CompareInput) => void;
}) {
  const peakId = useId();
  const stop = nearestStop(input.peakRps);
  return (
    <div className="grid gap-4 @4xl:grid-cols-[1.4fr_1fr_1fr]">
      <div>
        <ChoiceGroup
          legend="Load over the day"
          name={`${peakId}-shape`}
          value={input.shape}
          options={LOAD_SHAPES.map((shape) => ({ id: shape, label: LOAD_SHAPE_LABELS[shape] }))}
          onChange={(shape) => onChange({ ...input, shape })}
        />
        <p className="mt-1.5 text-sm text-[var(--fg-soft)]">{LOAD_SHAPE_DESCRIPTIONS[input.shape]}</p>
      </div>
      <div>
        <label htmlFor={peakId} className="block font-semibold">
          Busiest minute: <span className="tabular-nums">{count(input.peakRps)}</span> requests/s
        </label>
        <input
          id={peakId}
          type="range"
          min={0}
          max={PEAK_STOPS.length - 1}
          step={1}
          value={stop}
          aria-valuetext={`${count(input.peakRps)} requests per second`}
          onChange={(event) =>
            onChange({ ...input, peakRps: PEAK_STOPS[Number(event.target.value)] ?? input.peakRps })
          }
          className="accent-accent-600 mt-3 h-6 w-full"
        />
        <p className="flex justify-between text-sm text-[var(--fg-soft)]" aria-hidden="true">
          <span>{count(PEAK_STOPS[0])}</span>
          <span>{count(PEAK_STOPS[PEAK_STOPS.length - 1] ?? 0)}</span>
        </p>
      </div>
      <ChoiceGroup
        legend="Size of each replica"
        name={`${peakId}-size`}
        value={input.size}
        options={SIZE_IDS.map((id) => ({ id, label: SIZES[id].label, hint: SIZES[id].why }))}
        onChange={(size) => onChange({ ...input, size })}
      />
    </div>
  );
}
