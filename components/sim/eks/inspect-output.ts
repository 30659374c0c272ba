import {
  describeDeployment,
  describeNode,
  describePod,
  describeService,
} from '@/lib/cli/eks/kubectl-describe';
import type { EksState } from '@/lib/sim/eks/types';
import type { EksInspectTarget } from './inspect-target';

export interface EksInspectOutput {
  /** The command a learner would type to see this. */
  readonly command: string;
  /** What kubectl prints for it now, from the console's own describe functions. */
  readonly output: string;
}

const inNamespace = (namespace: string) => (namespace === 'default' ? '' : ` -n ${namespace}`);

/** What the inspector shows for an object of the picture, or null once it is gone from the API. */
export function inspectOutput(state: EksState, target: EksInspectTarget): EksInspectOutput | null {
  switch (target.kind) {
    case 'pod': {
      const pod = state.pods.find((candidate) => candidate.uid === target.uid);
      if (pod === undefined) return null;
      return {
        command: `kubectl describe pod ${pod.name}${inNamespace(pod.namespace)}`,
        output: describePod(state, pod),
      };
    }
    case 'node': {
      const node = state.nodes.find((candidate) => candidate.name === target.name);
      if (node === undefined || node.joinsAt !== null) return null;
      return { command: `kubectl describe node ${node.name}`, output: describeNode(state, node) };
    }
    case 'deployment': {
      const output = describeDeployment(state, target.name, target.namespace);
      if (output === null) return null;
      return {
        command: `kubectl describe deployment ${target.name}${inNamespace(target.namespace)}`,
        output,
      };
    }
    case 'service': {
      const service = state.services.find(
        (candidate) => candidate.name === target.name && candidate.namespace === target.namespace,
      );
      if (service === undefined) return null;
      return {
        command: `kubectl describe service ${service.name}${inNamespace(service.namespace)}`,
        output: describeService(state, service),
      };
    }
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

/** The dialog's title for a target, including pods, which are found by uid. */
export function inspectTitle(state: EksState, target: EksInspectTarget): string {
  switch (target.kind) {
    case 'pod':
      return `Pod ${state.pods.find((pod) => pod.uid === target.uid)?.name ?? ''}`.trim();
    case 'node':
      return `Node ${target.name}`;
    case 'deployment':
      return `Deployment ${target.name}`;
    case 'service':
      return `Service ${target.name}`;
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}
