import { holdsPlace, podRequests } from './pod-requests';
import { allNamespaces } from './namespaces';
import type { EksState } from './types';

/** Rules every EKS state keeps, whatever the commands (property tests check them after each step). */
export function checkEksInvariants(state: EksState): string[] {
  const broken: string[] = [];
  for (const node of state.nodes) {
    let cpu = 0;
    let memory = 0;
    let pods = 0;
    for (const pod of state.pods) {
      if (pod.nodeName !== node.name || !holdsPlace(pod)) continue;
      const requests = podRequests(pod.spec);
      cpu += requests.cpu;
      memory += requests.memory;
      pods += 1;
    }
    if (cpu > node.allocatable.cpu)
      broken.push(`${node.name}: pods request ${cpu}m CPU of ${node.allocatable.cpu}m allocatable`);
    if (memory > node.allocatable.memory)
      broken.push(`${node.name}: pods request ${memory} MiB of ${node.allocatable.memory} MiB allocatable`);
    if (pods > node.allocatable.pods)
      broken.push(`${node.name}: ${pods} pods, more than ${node.allocatable.pods}`);
  }
  const namespaces = new Set(allNamespaces(state).map((namespace) => namespace.name));
  for (const object of [...state.pods, ...state.deployments, ...state.services, ...state.daemonSets])
    if (!namespaces.has(object.namespace))
      broken.push(`${object.name} lives in namespace ${object.namespace}, which does not exist`);
  const fargateNodes = new Map(
    state.nodes.filter((node) => node.fargatePod !== undefined).map((node) => [node.name, node]),
  );
  for (const pod of state.pods) {
    const node = fargateNodes.get(pod.nodeName ?? '');
    if (node !== undefined && node.fargatePod !== pod.uid)
      broken.push(`${pod.namespace}/${pod.name} is on ${node.name}, a Fargate node made for another pod`);
  }
  const names = new Set<string>();
  for (const pod of state.pods) {
    const key = `${pod.namespace}/${pod.name}`;
    if (names.has(key)) broken.push(`two pods named ${key}`);
    names.add(key);
    if (pod.nodeName !== null && !state.nodes.some((node) => node.name === pod.nodeName))
      broken.push(`${key} is bound to a node that does not exist`);
  }
  for (const rs of state.replicaSets)
    if (rs.replicas < 0) broken.push(`replicaset ${rs.name} wants ${rs.replicas} pods`);
  const nodePorts = state.services.flatMap((service) =>
    service.ports.flatMap((port) => (port.nodePort === null ? [] : [port.nodePort])),
  );
  if (new Set(nodePorts).size !== nodePorts.length) broken.push('two Services share a node port');
  const clusterIps = state.services.map((service) => service.clusterIp);
  if (new Set(clusterIps).size !== clusterIps.length) broken.push('two Services share a ClusterIP');
  return broken;
}
