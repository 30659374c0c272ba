import type { AppliedObject } from '../../sim/eks/apply-objects';
import { resourceName, type KubeObject } from '../../sim/eks/objects';
import type { EksState } from '../../sim/eks/types';
import { namespaceNameProblem } from '../../sim/eks/namespace-names';
import { fail, type CliContext } from '../types';
import { type KubectlFlags } from './kubectl-flags';
import { createServiceAccount } from './kubectl-create-serviceaccount';
import { resourceArgs, resourceType } from './kubectl-resources';
import {
  deploymentName,
  dispatch,
  errorText,
  namespaceOf,
  readManifest,
  unknownType,
  type Result,
} from './kubectl-common';

/** kubectl's commands that change objects: apply, create, scale, set image, delete, expose. */

export function apply(flags: KubectlFlags, context: CliContext): Result {
  const read = readManifest(flags, context, 'apply');
  if ('kind' in read) return read;
  const [object, ...more] = read.objects;
  if (object === undefined) return fail('error: no objects passed to apply');
  const file = flags.filename ?? undefined;
  if (more.length > 0) return applyAll(read.objects, file);
  return dispatch(
    { type: 'Apply', object },
    (outcome) => {
      const response = outcome.response as { result?: string } | undefined;
      return `${resourceName(object.kind, object.name)} ${response?.result ?? 'configured'}`;
    },
    file,
  );
}

/** Several documents: kubectl prints a line for each object applied, then the errors of those refused. */
function applyAll(objects: readonly KubeObject[], file: string | undefined): Result {
  return {
    kind: 'dispatch',
    command: { type: 'ApplyAll', objects },
    render: (outcome) => {
      if (outcome.error !== undefined) return { output: errorText(outcome), isError: true };
      const applied = (outcome.response ?? []) as unknown as readonly AppliedObject[];
      const done = applied.flatMap((entry) =>
        'result' in entry ? [`${entry.resource} ${entry.result}`] : [],
      );
      const refused = applied.flatMap((entry) =>
        'error' in entry ? [errorText({ error: entry.error }, file)] : [],
      );
      return { output: [...done, ...refused].join('\n'), isError: refused.length > 0 };
    },
  };
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

export function create(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const [kind, name] = words;
  if (kind === 'serviceaccount' || kind === 'sa') return createServiceAccount(state, flags, name);
  if (kind === 'namespace' || kind === 'ns') return createNamespace(name);
  if (kind !== 'deployment' && kind !== 'deploy')
    return fail(
      `Dockyard: kubectl create ${kind ?? ''} is not simulated; kubectl create deployment NAME --image=IMAGE, create namespace NAME and create serviceaccount NAME are.`,
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
  return {
    kind: 'dispatch',
    command: { type: 'Apply', object },
    render: (outcome) =>
      outcome.error === undefined
        ? { output: `deployment.apps/${name} created`, isError: false }
        : {
            // kubectl create words the API server's refusal its own way: `namespaces "x" not found`.
            output:
              outcome.error.code === 'Unreachable'
                ? errorText(outcome)
                : `error: failed to create deployment: ${outcome.error.message}`,
            isError: true,
          },
  };
}

export function scale(flags: KubectlFlags, words: readonly string[]): Result {
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

export function setImage(flags: KubectlFlags, words: readonly string[]): Result {
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

export function remove(flags: KubectlFlags, words: readonly string[], context: CliContext): Result {
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
    namespaces: 'Namespace',
    pods: 'Pod',
    deployments: 'Deployment',
    daemonsets: 'DaemonSet',
    services: 'Service',
    horizontalpodautoscalers: 'HorizontalPodAutoscaler',
    ingresses: 'Ingress',
    serviceaccounts: 'ServiceAccount',
  } as const;
  const kind = kinds[type as keyof typeof kinds] as KubeObject['kind'] | undefined;
  if (kind === undefined)
    return fail(
      `Dockyard: kubectl delete ${type} is not simulated; namespaces, pods, deployments, daemonsets, services, hpa, ingresses and serviceaccounts are.`,
    );
  const [name] = args.names;
  if (name === undefined) return fail(`error: resource(s) were provided, but no name was specified`);
  return dispatch(
    { type: 'Delete', kind, name, namespace: namespaceOf(flags) },
    () => `${resourceName(kind, name).replace('/', ' "')}" deleted`,
  );
}

/** `kubectl create namespace NAME`: refused if it exists, unlike `kubectl apply` of a Namespace. */
function createNamespace(name: string | undefined): Result {
  if (name === undefined)
    return fail(
      `error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples`,
    );
  const invalid = namespaceNameProblem(name);
  if (invalid !== null) return fail(invalid);
  return dispatch({ type: 'CreateNamespace', name }, () => `namespace/${name} created`);
}

/** `kubectl expose deployment NAME --port=P`: a Service selecting the Deployment's pods. */
export function expose(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
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
