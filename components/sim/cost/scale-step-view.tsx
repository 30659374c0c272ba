import {
  OPTION_MODELS,
  scaleStep,
  STEP_AFTER_MINUTES,
  STEP_TO_REPLICAS,
  type ReplicaSize,
  type StepResult,
} from '@/lib/compare';
import type { OptionModel } from '@/lib/compare';
import { replicaNoun } from '@/lib/compare';
import { count } from '@/lib/compare/format';
import { OPTION_LOOKS } from './option-looks';
import { StepChart } from './step-chart';

function outcome(result: StepResult, model: OptionModel, size: ReplicaSize): string {
  const first = result.replicas[0] ?? 0;
  const to = `${count(first)} → ${count(result.finalReplicas)} ${replicaNoun(model, result.finalReplicas)}`;
  const { min, max } = model.limits(size);
  if (min === max)
    return result.caughtUpAfter === 0
      ? `${to}: nothing scales, but these VMs are big enough for this jump.`
      : `${to}: nothing scales, so requests go unanswered.`;
  if (result.caughtUpAfter === null)
    return `${to}: still overloaded after ${STEP_AFTER_MINUTES} minutes${result.finalReplicas >= max ? ` (its maximum is ${count(max)})` : ''}.`;
  const answered =
    result.caughtUpAfter === 0
      ? 'answers every request throughout'
      : `every request answered again after ${result.caughtUpAfter} min`;
  const short =
    result.finalReplicas < STEP_TO_REPLICAS && result.finalReplicas < max && model.id !== 'lambda';
  return `${to}: ${answered}.${short ? ' Its CPU target asks for no more.' : ''}`;
}

/**
 * "Scaling from 3 to 30": the same tenfold jump in load for all six options, side by side, each
 * with its replicas over the next 40 minutes and one sentence on how it went.
 */
export function ScaleStepView({ size }: { size: ReplicaSize }) {
  const results = new Map(scaleStep(size).map((result) => [result.id, result]));
  return (
    <div>
      <p className="max-w-[70ch] text-[var(--fg-soft)]">
        The load jumps tenfold, from what 3 replicas of {size.label} serve at half their CPU to what 30 serve.
        Dashed: {''}
        replicas asked for; solid: replicas serving.
      </p>
      <ul className="mt-3 grid gap-x-3 gap-y-2 @xl:grid-cols-2 @3xl:grid-cols-3 @6xl:grid-cols-6">
        {OPTION_MODELS.map((model) => {
          const result = results.get(model.id);
          if (!result) return null;
          const sentence = outcome(result, model, size);
          return (
            <li
              key={model.id}
              className="row-span-3 mb-1 grid grid-rows-subgrid rounded-xl border border-[var(--border)] p-3"
            >
              <p className="font-semibold">{model.name}</p>
              <StepChart result={result} look={OPTION_LOOKS[model.id]} label={`${model.name}: ${sentence}`} />
              <p className="text-sm">{sentence}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
