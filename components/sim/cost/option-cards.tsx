import { OPTION_MODELS, type Comparison } from '@/lib/compare';
import { OptionCard } from './option-card';
import type { HeadingLevel } from './heading';

/** The six cards at a minute, aligned row by row: one column on a phone, six on a wide screen. */
export function OptionCards({
  comparison,
  minute,
  headingLevel,
}: {
  comparison: Comparison;
  minute: number;
  headingLevel: HeadingLevel;
}) {
  const meterScale = Math.max(...comparison.options.map((option) => option.dayTotal));
  const load = comparison.load[minute] ?? 0;
  return (
    <div className="grid gap-3 @xl:grid-cols-2 @3xl:grid-cols-3 @6xl:grid-cols-6">
      {comparison.options.map((day) => {
        const model = OPTION_MODELS.find((candidate) => candidate.id === day.id);
        return model ? (
          <OptionCard
            key={day.id}
            day={day}
            model={model}
            size={comparison.size}
            minute={minute}
            load={load}
            meterScale={meterScale}
            headingLevel={headingLevel}
          />
        ) : null;
      })}
    </div>
  );
}
