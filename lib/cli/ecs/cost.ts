import { clusterName, findCluster } from '../../sim/ecs/clusters';
import type { EcsCommand } from '../../sim/ecs/commands';
import { fargateBill, type FargateCharge } from '../../sim/ecs/fargate/billing';
import {
  FARGATE_PRICE_REGION,
  FARGATE_PRICES_AS_OF,
  FARGATE_RATES,
  type FargateRateClass,
} from '../../sim/ecs/fargate/prices';
import type { EcsState } from '../../sim/ecs/types';
import { withHint } from '../suggest';
import { formatTable } from '../table';
import { fail, print, type CliProgram } from '../types';

/**
 * `cost [--cluster C]`: Dockyard's Fargate bill, not an AWS command. One line per Fargate task
 * still listed by describe-tasks (size, capacity, seconds billed, charge so far), the tasks already
 * gone, the total, and the rates used (reference §6, sim/ecs/fargate/prices.ts).
 */

const NOT_AWS = 'cost is Dockyard’s Fargate bill, not an AWS command';
const USAGE = 'usage: cost [--cluster CLUSTER]';

const PLATFORM: Readonly<Record<FargateRateClass, string>> = {
  'linux-x86': 'Linux/X86_64',
  'linux-arm': 'Linux/ARM64',
  'windows-x86': 'Windows/X86_64',
  'spot-linux-x86': 'Linux/X86_64',
  'spot-linux-arm': 'Linux/ARM64',
};

const size = (n: number): string => String(Number(n.toFixed(3)));

/** `1h 02m 03s`, `5m 03s`, `45s`; a dash before the pull started. */
export function billedTime(seconds: number): string {
  if (seconds === 0) return '-';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  return m > 0 ? `${m}m ${pad(s)}s` : `${s}s`;
}

export const usd = (amount: number): string => `$${amount.toFixed(6)}`;

function row(charge: FargateCharge): string[] {
  return [
    charge.taskId.slice(0, 8),
    charge.group,
    charge.capacityProvider,
    PLATFORM[charge.rateClass],
    `${size(charge.vcpu)} vCPU ${size(charge.memoryGb)} GB`,
    charge.running ? 'running' : 'stopped',
    billedTime(charge.billedSeconds),
    usd(charge.usd),
  ];
}

function rateLine(rateClass: FargateRateClass): string {
  const rate = FARGATE_RATES[rateClass];
  const capacity = rateClass.startsWith('spot') ? 'FARGATE_SPOT' : 'FARGATE';
  const licence = rate.licenceVcpuHour > 0 ? ` + $${rate.licenceVcpuHour} licence` : '';
  return `  ${capacity} ${PLATFORM[rateClass]}: $${Number(rate.vcpuHour.toFixed(8))} per vCPU-hour${licence}, $${Number(rate.gbHour.toFixed(8))} per GB-hour, ${rate.minimumSeconds / 60}-minute minimum. Source: ${rate.source}`;
}

export function renderBill(state: EcsState, cluster: string | undefined): string {
  const bill = fargateBill(state);
  const charges = bill.charges.filter((c) => cluster === undefined || c.cluster === cluster);
  const shown = charges.reduce((sum, c) => sum + c.usd, 0);
  const lines: string[] = [];
  if (charges.length === 0)
    lines.push(`No Fargate tasks${cluster === undefined ? '' : ` in cluster ${cluster}`}: nothing billed.`);
  else
    lines.push(
      formatTable([
        ['TASK', 'GROUP', 'CAPACITY', 'PLATFORM', 'SIZE', 'STATUS', 'BILLED', 'COST (USD)'],
        ...charges.map(row),
      ]),
    );
  const retired = cluster === undefined ? bill.retired : { tasks: 0, usd: 0 };
  if (retired.tasks > 0)
    lines.push(
      `Tasks stopped more than an hour ago (no longer listed): ${retired.tasks}, ${usd(retired.usd)}`,
    );
  const running = charges.filter((c) => c.running).length;
  lines.push(
    `Total: ${usd(shown + retired.usd)} for ${charges.length + retired.tasks} Fargate task${charges.length + retired.tasks === 1 ? '' : 's'}${running > 0 ? ` (${running} still running: the total grows)` : ''}.`,
  );
  const classes = [...new Set(charges.map((c) => c.rateClass))];
  if (classes.length > 0)
    lines.push(
      `Rates, USD, ${FARGATE_PRICE_REGION} (on-demand as of ${FARGATE_PRICES_AS_OF}):`,
      ...classes.map(rateLine),
    );
  return withHint(
    lines.join('\n'),
    `${NOT_AWS}. Fargate bills the task size you ask for (not what it uses), per second from the image pull until the task stops, at least one minute; EC2 tasks are paid for through their instances and are not listed.`,
  );
}

export const costProgram: CliProgram<EcsState, EcsCommand> = {
  name: 'cost',
  help: [
    'cost [--cluster C]   Dockyard’s Fargate bill (not an AWS command): each task’s charge so far and the total',
  ],
  run(args, state) {
    let cluster: string | undefined;
    for (let index = 0; index < args.length; index += 1) {
      const arg = args[index] ?? '';
      if (arg === '--cluster' || arg.startsWith('--cluster=')) {
        cluster = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++index];
        if (cluster === undefined || cluster === '')
          return fail(withHint("cost: option '--cluster' needs a value", 'e.g. cost --cluster default.'));
      } else
        return fail(
          withHint(
            `cost: unexpected argument '${arg}'\n${USAGE}`,
            `${NOT_AWS}; its only option is --cluster.`,
          ),
        );
    }
    if (cluster !== undefined && findCluster(state, cluster) === undefined)
      return fail(withHint(`cost: no cluster '${cluster}'`, 'aws ecs list-clusters lists the clusters.'));
    return print(renderBill(state, cluster === undefined ? undefined : clusterName(cluster)));
  },
  complete(before, state) {
    if (before.at(-1) === '--cluster')
      return state.clusters.filter((c) => c.status === 'ACTIVE').map((c) => c.name);
    return before.length === 0 ? ['--cluster'] : [];
  },
};
