import type { EksCommand } from '../../sim/eks/commands';
import { parseManifests } from '../../sim/eks/manifest';
import { type KubeObject } from '../../sim/eks/objects';
import type { EksState } from '../../sim/eks/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import { fail, type CliContext, type CliResult, type DispatchOutcome, type Printed } from '../types';
import { type KubectlFlags } from './kubectl-flags';
import { resourceArgs, resourceType, RESOURCE_TYPES } from './kubectl-resources';

/** What every kubectl subcommand shares: dispatching, error texts, names and manifests. */

export type Result = CliResult<EksState, EksCommand>;

/** The API server's refusal as kubectl prints it; `file` when it came from `kubectl apply -f FILE`. */
export function errorText(outcome: Pick<DispatchOutcome<EksState>, 'error'>, file?: string): string {
  const error = outcome.error;
  if (error === undefined) return '';
  switch (error.code) {
    case 'Unreachable':
    case 'Invalid':
      return error.message;
    case 'NotFound':
    case 'AlreadyExists':
    case 'Forbidden':
      return `Error from server (${error.code}): ${file === undefined ? '' : `error when creating "${file}": `}${error.message}`;
    default:
      return `error: ${error.message}`;
  }
}

/** Dispatches one command and prints `success` when the engine accepts it. */
export function dispatch(
  command: EksCommand,
  success: (outcome: DispatchOutcome<EksState>) => string,
  file?: string,
): Result {
  return {
    kind: 'dispatch',
    command,
    render: (outcome): Printed =>
      outcome.error === undefined
        ? { output: success(outcome), isError: false }
        : { output: errorText(outcome, file), isError: true },
  };
}

export const namespaceOf = (flags: KubectlFlags) => flags.namespace ?? 'default';

export function unknownType(word: string): Result {
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

export function readManifest(
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
    // -n puts namespaced objects there; a Namespace or a NodePool has no namespace to change.
    objects: parsed.objects.map((object) =>
      flags.namespace === null || object.kind === 'Namespace' || object.kind === 'NodePool'
        ? object
        : { ...object, namespace: flags.namespace },
    ),
  };
}

/** `deployment/web`, `deployment web`, `deploy/web`: the Deployment's name, or null. */
export function deploymentName(words: readonly string[]): string | null {
  const args = resourceArgs(words);
  if (args === null || resourceType(args.type) !== 'deployments') return null;
  return args.names[0] ?? null;
}
