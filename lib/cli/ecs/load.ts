import { clusterName } from '../../sim/ecs/clusters';
import type { EcsCommand } from '../../sim/ecs/commands';
import type { EcsState, Service } from '../../sim/ecs/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import { formatTable } from '../table';
import { fail, print, type CliProgram } from '../types';

/**
 * `load SERVICE RPS [--cluster C]`: Dockyard's load generator, not an AWS command. It sets the
 * requests per second the load balancer sends to a service, which drives the tasks' CPU and so
 * Service Auto Scaling. `load` alone prints each service's load and its last CPU figure.
 */

const NOT_AWS = 'load is Dockyard’s load generator, not an AWS command';
const USAGE = 'usage: load [SERVICE RPS [--cluster CLUSTER]]';
export const MAX_RPS = 1_000_000;

const activeServices = (state: EcsState): Service[] =>
  state.services.filter((service) => service.status === 'ACTIVE');

const rpsText = (rps: number): string => `${rps.toLocaleString('en-US')} requests/s`;

/** The last whole-minute CPU average CloudWatch would show, or a dash before the first sample. */
function lastCpu(service: Service): string {
  const sample = service.cpuUtilization.at(-1);
  return sample === undefined ? '-' : `${sample.percent.toFixed(1)}%`;
}

function currentLoad(state: EcsState): string {
  const services = activeServices(state);
  if (services.length === 0) {
    return withHint(
      'No services yet: nothing to send load to.',
      `${NOT_AWS}. Create a service (aws ecs create-service), then e.g. load web 500.`,
    );
  }
  const rows = services.map((service) => {
    const running = state.tasks.filter(
      (task) =>
        task.serviceName === service.name &&
        task.cluster === service.cluster &&
        task.lastStatus === 'RUNNING',
    ).length;
    return [
      service.name,
      service.cluster,
      service.loadRps.toLocaleString('en-US'),
      `${running}/${service.desiredCount}`,
      lastCpu(service),
    ];
  });
  return formatTable([['SERVICE', 'CLUSTER', 'REQUESTS/S', 'RUNNING/DESIRED', 'CPU (1 MIN AVG)'], ...rows]);
}

function parseRps(text: string): number | null {
  const digits = text.replaceAll(',', '').replaceAll('_', '');
  if (!/^\d+$/.test(digits)) return null;
  const rps = Number(digits);
  return rps <= MAX_RPS ? rps : null;
}

export const loadProgram: CliProgram<EcsState, EcsCommand> = {
  name: 'load',
  help: [
    'load [SERVICE RPS [--cluster C]]   Dockyard’s load generator (not an AWS command): requests/s to a service',
  ],
  run(args, state) {
    const words: string[] = [];
    let cluster: string | undefined;
    for (let index = 0; index < args.length; index += 1) {
      const arg = args[index] ?? '';
      if (arg === '--cluster' || arg.startsWith('--cluster=')) {
        cluster = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++index];
        if (cluster === undefined || cluster === '')
          return fail(
            withHint("load: option '--cluster' needs a value", 'e.g. load web 500 --cluster default.'),
          );
      } else if (arg.startsWith('-') && parseRps(arg) === null) {
        return fail(
          withHint(`load: unknown option '${arg}'\n${USAGE}`, `${NOT_AWS}; its only option is --cluster.`),
        );
      } else {
        words.push(arg);
      }
    }
    if (words.length === 0 && cluster === undefined) return print(currentLoad(state));
    const [name, rpsWord, ...extra] = words;
    const inCluster = activeServices(state).filter((service) => service.cluster === clusterName(cluster));
    const names = inCluster.map((service) => service.name);
    const list =
      names.length === 0
        ? `Cluster ${clusterName(cluster)} has no services (aws ecs list-services --cluster ${clusterName(cluster)}).`
        : `Services in ${clusterName(cluster)}: ${names.join(', ')}.`;
    if (name === undefined || rpsWord === undefined)
      return fail(
        withHint(
          `load: expected a service and a number of requests per second\n${USAGE}`,
          `${NOT_AWS}; e.g. load ${names[0] ?? 'web'} 500. ${list}`,
        ),
      );
    if (extra.length > 0)
      return fail(
        withHint(`load: unexpected argument '${extra[0] ?? ''}'\n${USAGE}`, `e.g. load ${name} ${rpsWord}.`),
      );
    const rps = parseRps(rpsWord);
    if (rps === null)
      return fail(
        withHint(
          `load: invalid requests per second '${rpsWord}'`,
          `give a whole number from 0 to ${MAX_RPS.toLocaleString('en-US')}, e.g. load ${name} 500 (load ${name} 0 stops the load).`,
        ),
      );
    const service = inCluster.find((candidate) => candidate.name === name || candidate.arn === name);
    if (service === undefined)
      return fail(
        withHint(
          `load: no service '${name}' in cluster ${clusterName(cluster)}`,
          didYouMean(closestWord(name, names), list),
        ),
      );
    return {
      kind: 'dispatch',
      command: { type: 'SetLoad', service: service.name, rps, ...(cluster === undefined ? {} : { cluster }) },
      render: (outcome) => {
        if (outcome.error !== undefined) return { output: `load: ${outcome.error.message}`, isError: true };
        return {
          output: withHint(
            `Load generator: ${rpsText(rps)} to service ${service.name} (cluster ${service.cluster}).`,
            rps === 0
              ? `${NOT_AWS}. The service is idle now; CPU falls over the next minute.`
              : `${NOT_AWS}. CPU follows within a minute: load shows it, and aws ecs describe-services --services ${service.name} the task counts.`,
          ),
          isError: false,
        };
      },
    };
  },
  complete(before, state) {
    const last = before.at(-1);
    if (last === '--cluster') return state.clusters.filter((c) => c.status === 'ACTIVE').map((c) => c.name);
    const words = before.filter((word, index) => word !== '--cluster' && before[index - 1] !== '--cluster');
    const clusterIndex = before.indexOf('--cluster');
    const cluster = clusterIndex >= 0 ? before[clusterIndex + 1] : undefined;
    if (words.length === 0)
      return activeServices(state)
        .filter((s) => s.cluster === clusterName(cluster))
        .map((s) => s.name);
    if (words.length === 1) return ['100', '500', '2000', '0'];
    return clusterIndex >= 0 ? [] : ['--cluster'];
  },
};
