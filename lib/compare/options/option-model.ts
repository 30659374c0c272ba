import type { ReplicaSize } from '../sizes';
import type { OptionId, OptionRun } from '../types';

/** One way to run the app: its words for the picture and the rules that size it minute by minute. */
export interface OptionModel {
  readonly id: OptionId;
  readonly name: string;
  /** What a replica is called here: "VMs", "tasks", "pods", "environments". */
  readonly replicaWord: string;
  /** The fewest and most replicas its rules allow. */
  limits(size: ReplicaSize): { readonly min: number; readonly max: number };
  /** Its scaling rule in a sentence. */
  rule(size: ReplicaSize): string;
  run(load: readonly number[], size: ReplicaSize): OptionRun;
}

export function perMinute(load: readonly number[], value: (minute: number) => number): number[] {
  return load.map((_, minute) => value(minute));
}

/** "1 task", "3 tasks": the option's word for its replicas, singular for one. */
export function replicaNoun(model: Pick<OptionModel, 'replicaWord'>, count: number): string {
  return count === 1 ? model.replicaWord.replace(/s$/, '') : model.replicaWord;
}
