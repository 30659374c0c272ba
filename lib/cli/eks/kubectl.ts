import { kubectlUnreachable } from '../../sim/eks/access';
import type { EksCommand } from '../../sim/eks/commands';
import { parseManifests } from '../../sim/eks/manifest';
import { resourceName, type KubeObject } from '../../sim/eks/objects';
import type { EksState } from '../../sim/eks/types';
import { registered } from '../../sim/eks/pod-requests';
import { closestWord, didYouMean, withHint } from '../suggest';
import {
  fail,
  print,
  type CliContext,
  type CliProgram,
  type CliResult,
  type DispatchOutcome,
  type Printed,
} from '../types';
import { startLogs } from '../../sim/eks/container-fate';
import { nginxTime } from '../../sim/ecs/tasks/logs';
import { describeDeployment, describeNode, describePod, describeService } from './kubectl-describe';
import { parseKubectlFlags, type KubectlFlags } from './kubectl-flags';
import { kubectlGet } from './kubectl-get';
import { resourceArgs, resourceType, RESOURCE_TYPES } from './kubectl-resources';

/**
 * `kubectl`, speaking to the simulated cluster: what it prints, column by column, and its errors,
 * word for word. Reading commands print from the state; changing ones dispatch one engine command.
 */

type Result = CliResult<EksState, EksCommand>;

export const SUBCOMMANDS = [
  'get',
  'describe',
  'apply',
  'create',
  'scale',
  'set',
  'rollout',
  'delete',
  'cordon',
  'uncordon',
  'drain',
  'top',
  'logs',
  'expose',
] as const;

export const KUBECTL_HELP = [
  'kubectl get pods|nodes|deployments|rs|ds|events [NAME] [-n NS|-A] [-o wide|yaml|json|name] [-l k=v]',
  'kubectl describe pod|node|deployment NAME',
  'kubectl apply -f FILE            create or change what a manifest describes',
  'kubectl create deployment NAME --image=IMAGE [--replicas=N]',
  'kubectl scale deployment NAME --replicas=N',
  'kubectl set image deployment/NAME CONTAINER=IMAGE',
  'kubectl rollout status|history|undo deployment/NAME',
  'kubectl delete pod|deployment|daemonset NAME   (or -f FILE)',
  'kubectl cordon|uncordon NODE, kubectl drain NODE --ignore-daemonsets',
  'kubectl logs POD [--previous]     what the app printed',
  'kubectl expose deployment NAME --port=80 [--target-port=N] [--type=LoadBalancer|NodePort]',
];

function errorText(outcome: DispatchOutcome<EksState>): string {
  const error = outcome.error;
  if (error === undefined) return '';
  switch (error.code) {
    case 'Unreachable':
    case 'Invalid':
      return error.message;
    case 'NotFound':
    case 'AlreadyExists':
      return `Error from server (${error.code}): ${error.message}`;
    default:
      return `error: ${error.message}`;
  }
}

/** Dispatches one command and prints `success` when the engine accepts it. */
function dispatch(command: EksCommand, success: (outcome: DispatchOutcome<EksState>) => string): Result {
  return {
    kind: 'dispatch',
    command,
    render: (outcome): Printed =>
      outcome.error === undefined
        ? { output: success(outcome), isError: false }
        : { output: errorText(outcome), isError: true },
  };
}

const namespaceOf = (flags: KubectlFlags) => flags.namespace ?? 'default';

function unknownType(word: string): Result {
  const names = Object.values(RESOURCE_TYPES).flat();
  return fail(
    withHint(
      `error: the server doesn't have a resource type "${word}"`,
      didYouMean(
        closestWord(word, names),
        'This simulator knows pods, nodes, deployments, replicasets, daemonsets, events and namespaces.',
      ),
    ),
  );
}

function get(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const args = resourceArgs(words);
  if (args === null)
    return fail(
      `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.`,
    );
  const type = resourceType(args.type);
  if (type === null) return unknownType(args.type);
  const result = kubectlGet(state, type, args.names, flags);
  return result.isError ? fail(result.output) : print(result.output);
}

function describe(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const args = resourceArgs(words);
  if (args === null)
    return fail(
      `error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.`,
    );
  const type = resourceType(args.type);
  if (type === null) return unknownType(args.type);
  const namespace = namespaceOf(flags);
  const [name] = args.names;
  if (type === 'pods') {
    const pods = state.pods.filter(
      (pod) =>
        pod.namespace === namespace &&
        (name === undefined || pod.name === name || (args.names.length === 1 && pod.name.startsWith(name))),
    );
    if (pods.length === 0) return fail(`Error from server (NotFound): pods "${name ?? ''}" not found`);
    return print(pods.map((pod) => describePod(state, pod)).join('\n\n\n'));
  }
  if (type === 'nodes') {
    const nodes = state.nodes.filter(
      (node) => registered(node) && (name === undefined || node.name === name),
    );
    if (nodes.length === 0) return fail(`Error from server (NotFound): nodes "${name ?? ''}" not found`);
    return print(nodes.map((node) => describeNode(state, node)).join('\n\n\n'));
  }
  if (type === 'deployments') {
    const names =
      name === undefined
        ? state.deployments.filter((d) => d.namespace === namespace).map((d) => d.name)
        : [name];
    const texts = names.map((candidate) => describeDeployment(state, candidate, namespace));
    if (texts.length === 0 || texts.some((text) => text === null))
      return fail(`Error from server (NotFound): deployments.apps "${name ?? ''}" not found`);
    return print(texts.join('\n\n\n'));
  }
  if (type === 'services') {
    const services = state.services.filter(
      (service) => service.namespace === namespace && (name === undefined || service.name === name),
    );
    if (services.length === 0)
      return fail(`Error from server (NotFound): services "${name ?? ''}" not found`);
    return print(services.map((service) => describeService(state, service)).join('\n\n\n'));
  }
  return fail(
    `Dockyard: kubectl describe ${type} is not simulated; kubectl get ${type} -o yaml shows the whole object.`,
  );
}

function readManifest(
  flags: KubectlFlags,
  context: CliContext,
  verb: string,
): { objects: readonly KubeObject[] } | Result {
  if (flags.filename === null)
    return fail(`error: must specify one of -f and -k\n\nSee 'kubectl ${verb} --help' for usage.`);
  const file = context.readFile(flags.filename);
  if (!file.ok) return fail(`error: the path "${flags.filename}" does not exist`);
  const parsed = parseManifests(file.text, flags.filename);
  if (!parsed.ok) return fail(parsed.error);
  return {
    objects: parsed.objects.map((object) =>
      flags.namespace === null ? object : { ...object, namespace: flags.namespace },
    ),
  };
}

function apply(flags: KubectlFlags, context: CliContext): Result {
  const read = readManifest(flags, context, 'apply');
  if ('kind' in read) return read;
  const [object, ...more] = read.objects;
  if (object === undefined) return fail('error: no objects passed to apply');
  if (more.length > 0)
    return fail(
      `Dockyard: this file holds ${read.objects.length} objects; the simulator applies one per command. Put each in its own file, or split the file at ---.`,
    );
  return dispatch({ type: 'Apply', object }, (outcome) => {
    const response = outcome.response as { result?: string } | undefined;
    return `${resourceName(object.kind, object.name)} ${response?.result ?? 'configured'}`;
  });
}

/** The container name `kubectl create deployment` derives from an image: `nginx:1.27` → `nginx`. */
function containerName(image: string): string {
  const base = image.split('@')[0]?.split('/').pop()?.split(':')[0] ?? 'app';
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .replace(/^-+|-+$/g, '') || 'app'
  );
}

function create(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const [kind, name] = words;
  if (kind !== 'deployment' && kind !== 'deploy')
    return fail(
      `Dockyard: kubectl create ${kind ?? ''} is not simulated; kubectl create deployment NAME --image=IMAGE is.`,
    );
  if (name === undefined)
    return fail(
      `error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples`,
    );
  if (flags.image === null) return fail(`error: required flag(s) "image" not set`);
  const replicas = flags.replicas === null ? 1 : Number(flags.replicas);
  if (!Number.isInteger(replicas) || replicas < 0)
    return fail(
      `error: invalid argument "${flags.replicas}" for "--replicas" flag: strconv.ParseInt: parsing "${flags.replicas}": invalid syntax`,
    );
  const namespace = namespaceOf(flags);
  if (state.deployments.some((deployment) => deployment.name === name && deployment.namespace === namespace))
    return fail(`error: failed to create deployment: deployments.apps "${name}" already exists`);
  const labels = { app: name };
  const object: KubeObject = {
    kind: 'Deployment',
    name,
    namespace,
    replicas,
    selector: labels,
    template: {
      labels,
      spec: {
        containers: [{ name: containerName(flags.image), image: flags.image, requests: {}, limits: {} }],
        nodeSelector: {},
        tolerations: [],
      },
    },
  };
  return dispatch({ type: 'Apply', object }, () => `deployment.apps/${name} created`);
}

/** `deployment/web`, `deployment web`, `deploy/web`: the Deployment's name, or null. */
function deploymentName(words: readonly string[]): string | null {
  const args = resourceArgs(words);
  if (args === null || resourceType(args.type) !== 'deployments') return null;
  return args.names[0] ?? null;
}

function scale(flags: KubectlFlags, words: readonly string[]): Result {
  const name = deploymentName(words);
  if (name === null)
    return fail(
      `Dockyard: kubectl scale works on a Deployment here: kubectl scale deployment NAME --replicas=N`,
    );
  const replicas = Number(flags.replicas);
  if (flags.replicas === null) return fail(`error: required flag(s) "replicas" not set`);
  if (!Number.isInteger(replicas) || replicas < 0)
    return fail(`error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0`);
  return dispatch(
    { type: 'ScaleDeployment', name, namespace: namespaceOf(flags), replicas },
    () => `deployment.apps/${name} scaled`,
  );
}

function setImage(flags: KubectlFlags, words: readonly string[]): Result {
  const [what, ...rest] = words;
  if (what !== 'image')
    return fail(
      `Dockyard: kubectl set ${what ?? ''} is not simulated; kubectl set image deployment/NAME CONTAINER=IMAGE is.`,
    );
  const assignments = rest.filter((word) => word.includes('='));
  const name = deploymentName(rest.filter((word) => !word.includes('=')));
  if (name === null)
    return fail(
      `error: you must specify resources by --filename when --local is set.\nDockyard: name the Deployment: kubectl set image deployment/NAME CONTAINER=IMAGE`,
    );
  const [assignment] = assignments;
  if (assignment === undefined) return fail(`error: at least one image update is required`);
  const [container, image] = [
    assignment.slice(0, assignment.indexOf('=')),
    assignment.slice(assignment.indexOf('=') + 1),
  ];
  if (container === '' || image === '') return fail(`error: at least one image update is required`);
  return dispatch(
    { type: 'SetImage', name, namespace: namespaceOf(flags), container, image },
    () => `deployment.apps/${name} image updated`,
  );
}

function rollout(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const [action, ...rest] = words;
  const name = deploymentName(rest);
  if (name === null || action === undefined)
    return fail(`Dockyard: kubectl rollout status|history|undo deployment/NAME`);
  const namespace = namespaceOf(flags);
  if (action === 'undo') {
    const toRevision = flags.toRevision === null ? null : Number(flags.toRevision);
    return dispatch(
      { type: 'RolloutUndo', name, namespace, toRevision },
      () => `deployment.apps/${name} rolled back`,
    );
  }
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const deployment = state.deployments.find(
    (candidate) => candidate.name === name && candidate.namespace === namespace,
  );
  if (deployment === undefined)
    return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  const sets = state.replicaSets
    .filter((rs) => rs.deployment === name && rs.namespace === namespace)
    .sort((a, b) => a.revision - b.revision);
  if (action === 'history')
    return print(
      [
        `deployment.apps/${name} `,
        'REVISION  CHANGE-CAUSE',
        ...sets.map((rs) => `${String(rs.revision).padEnd(10)}<none>`),
      ].join('\n'),
    );
  if (action !== 'status')
    return fail(`Dockyard: kubectl rollout ${action} is not simulated; status, history and undo are.`);
  const current = sets.at(-1);
  const live = state.pods.filter(
    (pod) =>
      pod.namespace === namespace && pod.deletedAt === null && sets.some((rs) => rs.name === pod.owner?.name),
  );
  const updated = live.filter((pod) => pod.owner?.name === current?.name);
  const available = live.filter((pod) => pod.ready);
  if (updated.length < deployment.replicas)
    return print(
      `Waiting for deployment "${name}" rollout to finish: ${updated.length} out of ${deployment.replicas} new replicas have been updated...`,
    );
  if (live.length > updated.length)
    return print(
      `Waiting for deployment "${name}" rollout to finish: ${live.length - updated.length} old replicas are pending termination...`,
    );
  if (available.length < deployment.replicas)
    return print(
      `Waiting for deployment "${name}" rollout to finish: ${available.length} of ${deployment.replicas} updated replicas are available...`,
    );
  return print(`deployment "${name}" successfully rolled out`);
}

function remove(flags: KubectlFlags, words: readonly string[], context: CliContext): Result {
  if (flags.filename !== null) {
    const read = readManifest(flags, context, 'delete');
    if ('kind' in read) return read;
    const [object] = read.objects;
    if (object === undefined) return fail('error: no objects passed to delete');
    return dispatch(
      { type: 'Delete', kind: object.kind, name: object.name, namespace: object.namespace },
      () => `${resourceName(object.kind, object.name).replace('/', ' "')}" deleted`,
    );
  }
  const args = resourceArgs(words);
  if (args === null) return fail(`error: You must provide one or more resources by argument or filename.`);
  const type = resourceType(args.type);
  if (type === null) return unknownType(args.type);
  const kinds = {
    pods: 'Pod',
    deployments: 'Deployment',
    daemonsets: 'DaemonSet',
    services: 'Service',
  } as const;
  const kind = kinds[type as keyof typeof kinds] as KubeObject['kind'] | undefined;
  if (kind === undefined)
    return fail(`Dockyard: kubectl delete ${type} is not simulated; pods, deployments and daemonsets are.`);
  const [name] = args.names;
  if (name === undefined) return fail(`error: resource(s) were provided, but no name was specified`);
  const label = {
    Pod: 'pod',
    Deployment: 'deployment.apps',
    DaemonSet: 'daemonset.apps',
    Service: 'service',
  }[kind];
  return dispatch(
    { type: 'Delete', kind, name, namespace: namespaceOf(flags) },
    () => `${label} "${name}" deleted`,
  );
}

function cordon(state: EksState, words: readonly string[], unschedulable: boolean): Result {
  const [name] = words;
  const verb = unschedulable ? 'cordon' : 'uncordon';
  if (name === undefined)
    return fail(`error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`);
  const node = state.nodes.find((candidate) => candidate.name === name);
  const already = node !== undefined && node.unschedulable === unschedulable;
  return dispatch(
    { type: 'Cordon', node: name, unschedulable },
    () => `node/${name} ${already ? 'already ' : ''}${verb}ed`,
  );
}

function drain(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const [name] = words;
  if (name === undefined)
    return fail(`error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples`);
  return {
    kind: 'dispatch',
    command: { type: 'Drain', node: name, ignoreDaemonSets: flags.ignoreDaemonSets, force: flags.force },
    render: (outcome) => {
      const cordoned = outcome.after.nodes.find((node) => node.name === name)?.unschedulable === true;
      const wasCordoned = state.nodes.find((node) => node.name === name)?.unschedulable === true;
      const head = cordoned ? [`node/${name} ${wasCordoned ? 'already cordoned' : 'cordoned'}`] : [];
      if (outcome.error !== undefined)
        return { output: [...head, errorText(outcome)].join('\n'), isError: true };
      const response = outcome.response as { ignoredDaemonSetPods: string[]; evicted: string[] };
      return {
        output: [
          ...head,
          ...(response.ignoredDaemonSetPods.length > 0
            ? [`Warning: ignoring DaemonSet-managed Pods: ${response.ignoredDaemonSetPods.join(', ')}`]
            : []),
          ...response.evicted.map((pod) => `evicting pod ${pod}`),
          ...response.evicted.map((pod) => `pod/${pod.split('/')[1]} evicted`),
          `node/${name} drained`,
        ].join('\n'),
        isError: false,
      };
    },
  };
}

/** `kubectl expose deployment NAME --port=P`: a Service selecting the Deployment's pods. */
function expose(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const name = deploymentName(words);
  if (name === null)
    return fail(
      `Dockyard: kubectl expose works on a Deployment here: kubectl expose deployment NAME --port=80`,
    );
  const namespace = namespaceOf(flags);
  const deployment = state.deployments.find(
    (candidate) => candidate.name === name && candidate.namespace === namespace,
  );
  if (deployment === undefined)
    return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  if (flags.port === null)
    return fail(
      `error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples`,
    );
  const port = Number(flags.port);
  const targetPort = flags.targetPort === null ? port : Number(flags.targetPort);
  const serviceName = flags.name ?? name;
  if (![port, targetPort].every((value) => Number.isInteger(value) && value >= 1 && value <= 65535))
    return fail(
      `The Service "${serviceName}" is invalid: spec.ports[0].port: Invalid value: ${flags.port}: must be between 1 and 65535, inclusive`,
    );
  const type = flags.type ?? 'ClusterIP';
  if (type !== 'ClusterIP' && type !== 'NodePort' && type !== 'LoadBalancer')
    return fail(
      `The Service "${serviceName}" is invalid: spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
    );
  if (state.services.some((service) => service.name === serviceName && service.namespace === namespace))
    return fail(`Error from server (AlreadyExists): services "${serviceName}" already exists`);
  return dispatch(
    {
      type: 'Apply',
      object: {
        kind: 'Service',
        name: serviceName,
        namespace,
        type,
        selector: deployment.selector,
        ports: [{ port, targetPort, protocol: 'TCP', nodePort: null }],
      },
    },
    () => `service/${serviceName} exposed`,
  );
}

/** `kubectl logs POD [--previous]`: what the app printed when it started, and how it ended. */
function logs(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const [name] = words;
  if (name === undefined)
    return fail(
      `error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command`,
    );
  const namespace = namespaceOf(flags);
  const deployment = deploymentName([name]);
  // `kubectl logs deployment/NAME` reads one of its pods, as kubectl picks one.
  const pod =
    deployment === null
      ? state.pods.find(
          (candidate) => candidate.name === name.replace(/^pods?\//, '') && candidate.namespace === namespace,
        )
      : state.pods
          .filter(
            (candidate) =>
              candidate.namespace === namespace &&
              candidate.deletedAt === null &&
              state.replicaSets.some(
                (rs) => rs.name === candidate.owner?.name && rs.deployment === deployment,
              ),
          )
          .sort((a, b) => a.name.localeCompare(b.name))[0];
  if (pod === undefined)
    return fail(
      deployment === null
        ? `Error from server (NotFound): pods "${name}" not found`
        : `error: timed out waiting for the condition`,
    );
  const container = pod.spec.containers[0];
  const containerName = container?.name ?? '';
  const printed = (since: number, exit: { log: string | null } | null) => {
    const time = nginxTime(since);
    const lines = (container === undefined ? [] : startLogs(container)).map((line) =>
      line.replaceAll('{time}', time),
    );
    return [...lines, ...(exit?.log ? [exit.log] : [])].join('\n');
  };
  if (flags.previous) {
    if (pod.lastExit === null)
      return fail(
        `Error from server (BadRequest): previous terminated container "${containerName}" in pod "${pod.name}" not found`,
      );
    return print(printed(pod.lastExit.at, pod.lastExit));
  }
  if (pod.container.state === 'waiting' && pod.lastExit === null)
    return fail(
      `Error from server (BadRequest): container "${containerName}" in pod "${pod.name}" is waiting to start: ${pod.container.reason}`,
    );
  if (pod.container.state === 'running') return print(printed(pod.container.since, null));
  return print(printed(pod.lastExit?.at ?? state.now, pod.lastExit));
}

function run(args: readonly string[], state: EksState, context: CliContext): Result {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help')
    return print(
      [
        'kubectl controls the Kubernetes cluster manager.',
        '',
        'Commands simulated here:',
        ...KUBECTL_HELP.map((line) => `  ${line}`),
      ].join('\n'),
    );
  if (!(SUBCOMMANDS as readonly string[]).includes(sub))
    return fail(
      withHint(
        `error: unknown command "${sub}" for "kubectl"`,
        didYouMean(closestWord(sub, SUBCOMMANDS), 'kubectl help lists the commands simulated here.'),
      ),
    );
  const parsed = parseKubectlFlags(rest, sub);
  if (!parsed.ok) return fail(parsed.error);
  const { flags, words } = parsed;
  if (words.some((word) => word.trim() === '' || word.endsWith('/')))
    return fail('error: resource name may not be empty');
  switch (sub as (typeof SUBCOMMANDS)[number]) {
    case 'get':
      return get(state, flags, words);
    case 'describe':
      return describe(state, flags, words);
    case 'apply':
      return apply(flags, context);
    case 'create':
      return create(state, flags, words);
    case 'scale':
      return scale(flags, words);
    case 'set':
      return setImage(flags, words);
    case 'rollout':
      return rollout(state, flags, words);
    case 'delete':
      return remove(flags, words, context);
    case 'cordon':
      return cordon(state, words, true);
    case 'uncordon':
      return cordon(state, words, false);
    case 'drain':
      return drain(state, flags, words);
    case 'logs':
      return logs(state, flags, words);
    case 'expose':
      return expose(state, flags, words);
    case 'top': {
      const unreachable = kubectlUnreachable(state);
      if (unreachable !== null) return fail(unreachable.message);
      // EKS does not install the Metrics Server: kubectl top needs it.
      return fail('error: Metrics API not available');
    }
  }
}

function complete(before: readonly string[], state: EksState): readonly string[] {
  if (before.length === 0) return SUBCOMMANDS;
  const [sub] = before;
  if (before.length === 1 && (sub === 'get' || sub === 'describe' || sub === 'delete'))
    return ['pods', 'nodes', 'deployments', 'replicasets', 'daemonsets', 'events'];
  if (sub === 'cordon' || sub === 'uncordon' || sub === 'drain')
    return state.nodes.filter(registered).map((node) => node.name);
  if (before.length === 2 && before[1] === 'pods')
    return state.pods.filter((pod) => pod.namespace === 'default').map((pod) => pod.name);
  if (before.length === 2 && (before[1] === 'deployment' || before[1] === 'deployments'))
    return state.deployments.map((deployment) => deployment.name);
  if (before.length === 2 && before[1] === 'nodes')
    return state.nodes.filter(registered).map((node) => node.name);
  return [];
}

export const kubectlProgram: CliProgram<EksState, EksCommand> = {
  name: 'kubectl',
  help: KUBECTL_HELP,
  run,
  complete,
};
