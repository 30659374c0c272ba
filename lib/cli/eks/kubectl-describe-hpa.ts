import { SIM_EPOCH_MS } from '../../sim/core/calendar';
import type { HorizontalPodAutoscaler } from '../../sim/eks/autoscaling-types';
import type { EksState } from '../../sim/eks/types';
import { formatTable } from '../table';
import { eventsOf } from './kubectl-describe';

/**
 * `kubectl describe hpa`, laid out as kubectl's describeHorizontalPodAutoscalerV2 writes it: one
 * tabwriter (padding 2) aligning every field up to the replica counts, then the conditions and the
 * events as their own tables.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z on the simulated calendar: `Mon, 06 Jan 2025 09:12:00 +0000`. */
export function rfc1123z(ms: number): string {
  const date = new Date(SIM_EPOCH_MS + ms);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

export function describeHpa(state: EksState, hpa: HorizontalPodAutoscaler): string {
  const current =
    hpa.currentUtilization === null
      ? '<unknown>'
      : `${hpa.currentUtilization}% (${hpa.currentAverageCpu ?? 0}m)`;
  const fields: [string, string][] = [
    ['Name:', hpa.name],
    ['Namespace:', hpa.namespace],
    ['Labels:', '<none>'],
    ['Annotations:', '<none>'],
    ['CreationTimestamp:', rfc1123z(hpa.createdAt)],
    ['Reference:', `Deployment/${hpa.target}`],
    ['Metrics:', '( current / target )'],
    ['  resource cpu on pods  (as a percentage of request):', `${current} / ${hpa.targetCpuUtilization}%`],
    ['Min replicas:', String(hpa.minReplicas)],
    ['Max replicas:', String(hpa.maxReplicas)],
    ['Deployment pods:', `${hpa.currentReplicas} current / ${hpa.desiredReplicas} desired`],
  ];
  const lines = [formatTable(fields, 0, 2)];
  if (hpa.conditions.length > 0)
    lines.push(
      'Conditions:',
      ...formatTable(
        [
          ['Type', 'Status', 'Reason', 'Message'],
          ['----', '------', '------', '-------'],
          ...hpa.conditions.map((condition) => [
            condition.type,
            condition.status,
            condition.reason,
            condition.message,
          ]),
        ],
        0,
        2,
      )
        .split('\n')
        .map((line) => `  ${line}`),
    );
  lines.push(...eventsOf(state, `horizontalpodautoscaler/${hpa.name}`, hpa.namespace));
  return lines.join('\n');
}
