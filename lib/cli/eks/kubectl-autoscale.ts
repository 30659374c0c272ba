import { DEFAULT_CPU_UTILIZATION } from '../../sim/eks/manifest-hpa';
import type { EksState } from '../../sim/eks/types';
import { fail } from '../types';
import type { KubectlFlags } from './kubectl-flags';
import { deploymentName, dispatch, namespaceOf, type Result } from './kubectl-common';

/**
 * `kubectl autoscale deployment NAME --max=N [--min=N] [--cpu-percent=N]`: an autoscaling/v2
 * HorizontalPodAutoscaler on the Deployment. Without --cpu-percent the API server's default
 * applies (80 % average CPU utilization); without --min, 1. kubectl's own checks, in its words.
 */

function flagNumber(value: string | null, flag: string): number | string {
  if (value === null) return -1;
  const number = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(number))
    return `error: invalid argument "${value}" for "--${flag}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`;
  return number;
}

export function autoscale(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const name = deploymentName(words);
  if (name === null)
    return fail(
      `Dockyard: kubectl autoscale works on a Deployment here: kubectl autoscale deployment NAME --cpu-percent=50 --min=2 --max=10`,
    );
  const min = flagNumber(flags.min, 'min');
  const max = flagNumber(flags.max, 'max');
  const percent = flagNumber(flags.cpuPercent, 'cpu-percent');
  for (const value of [min, max, percent]) if (typeof value === 'string') return fail(value);
  const [minimum, maximum, cpu] = [min, max, percent] as number[];
  if (maximum === undefined || maximum < 1)
    return fail(`error: --max=MAXPODS is required and must be at least 1, max: ${maximum ?? -1}`);
  if (minimum !== undefined && maximum < minimum)
    return fail(
      `error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${maximum}, min: ${minimum}`,
    );
  const namespace = namespaceOf(flags);
  if (!state.deployments.some((d) => d.name === name && d.namespace === namespace))
    return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  const hpaName = flags.name ?? name;
  if (state.hpas.some((hpa) => hpa.name === hpaName && hpa.namespace === namespace))
    return fail(
      `Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "${hpaName}" already exists`,
    );
  const minReplicas = minimum === undefined || minimum < 0 ? 1 : minimum;
  if (minReplicas < 1)
    return fail(
      `The HorizontalPodAutoscaler "${hpaName}" is invalid: spec.minReplicas: Invalid value: ${minReplicas}: must be greater than or equal to 1`,
    );
  return dispatch(
    {
      type: 'Apply',
      object: {
        kind: 'HorizontalPodAutoscaler',
        name: hpaName,
        namespace,
        target: name,
        minReplicas,
        maxReplicas: Math.min(maximum, 1000),
        targetCpuUtilization:
          cpu === undefined || cpu < 0 ? DEFAULT_CPU_UTILIZATION : Math.min(Math.max(cpu, 1), 10_000),
      },
    },
    () => `horizontalpodautoscaler.autoscaling/${hpaName} autoscaled`,
  );
}
