import { OPTION_MODELS } from './options';
import type { ReplicaSize } from './sizes';
import type { OptionId } from './types';
import { replicaCapacityRps } from './workload';

/**
 * "Scaling from 3 to 30": the load jumps tenfold, from what 3 replicas of the chosen size serve at
 * half their CPU to what 30 serve, and stays there. Each option answers with its own rules; the
 * result says when every request was answered again, or that it never was.
 */
export const STEP_BEFORE_MINUTES = 5;
export const STEP_AFTER_MINUTES = 40;
export const STEP_FROM_REPLICAS = 3;
export const STEP_TO_REPLICAS = 30;
const STEP_UTILIZATION = 0.5;

export interface StepResult {
  readonly id: OptionId;
  readonly load: readonly number[];
  readonly replicas: readonly number[];
  readonly ready: readonly number[];
  /** Minutes after the jump until every request is answered again; null if not within the window. */
  readonly caughtUpAfter: number | null;
  /** Replicas at the end of the window. */
  readonly finalReplicas: number;
}

export function stepLoad(size: ReplicaSize): number[] {
  const perReplica = replicaCapacityRps(size.vcpu) * STEP_UTILIZATION;
  return Array.from(
    { length: STEP_BEFORE_MINUTES + STEP_AFTER_MINUTES },
    (_, minute) => (minute < STEP_BEFORE_MINUTES ? STEP_FROM_REPLICAS : STEP_TO_REPLICAS) * perReplica,
  );
}

/** Every option's answer to the same tenfold jump. */
export function scaleStep(size: ReplicaSize): StepResult[] {
  const load = stepLoad(size);
  return OPTION_MODELS.map((model) => {
    const run = model.run(load, size);
    let caughtUpAfter: number | null = null;
    for (let minute = STEP_BEFORE_MINUTES; minute < load.length; minute += 1) {
      const answered = (run.servedRps[minute] ?? 0) >= (load[minute] ?? 0) - 1e-9;
      if (answered && caughtUpAfter === null) caughtUpAfter = minute - STEP_BEFORE_MINUTES;
      if (!answered) caughtUpAfter = null;
    }
    return {
      id: model.id,
      load,
      replicas: run.replicas,
      ready: run.ready,
      caughtUpAfter,
      finalReplicas: run.replicas[run.replicas.length - 1] ?? 0,
    };
  });
}
