import { formatCpu, formatMemory } from '../../sim/eks/quantity';
import { holdsPlace, podRequests } from '../../sim/eks/pod-requests';
import type { EksState, KubeEvent, KubeNode, Pod, Service, Toleration } from '../../sim/eks/types';
import { serviceEndpoints } from '../../sim/eks/services';
import { livenessText } from '../../sim/eks/liveness';
import { spreadLines } from './kubectl-describe-spread';
import { environmentLines } from './kubectl-describe-env';
import { formatTable } from '../table';
import { annotationLines } from './kubectl-annotations';
import { humanDuration } from './kubectl-age';
import { timestamp } from './kubectl-objects';
import { podStatus } from './kubectl-status';

/** `kubectl describe`: the fields a learner reads, in kubectl's layout, with the object's events. */

const field = (label: string, value: string) => {
  const head = `${label}:`;
  return head.length >= 18 ? `${head}     ${value}` : `${head.padEnd(18)}${value}`;
};

function labelLines(label: string, map: Readonly<Record<string, string>>): string[] {
  const entries = Object.entries(map).map(([key, value]) => `${key}=${value}`);
  if (entries.length === 0) return [field(label, '<none>')];
  return entries.map((entry, index) => (index === 0 ? field(label, entry) : `${' '.repeat(18)}${entry}`));
}

function tolerationText(toleration: Toleration): string {
  const key = toleration.key ?? '';
  const value =
    toleration.operator === 'Equal' && toleration.value !== undefined ? `=${toleration.value}` : '';
  const effect = toleration.effect === undefined ? '' : `:${toleration.effect}`;
  const op = toleration.operator === 'Exists' ? ' op=Exists' : '';
  const seconds = toleration.tolerationSeconds === undefined ? '' : ` for ${toleration.tolerationSeconds}s`;
  return `${key}${value}${effect}${op}${seconds}`;
}

export function eventsOf(state: EksState, object: string, namespace: string | null): string[] {
  const events = state.kubeEvents.filter(
    (event) => event.object === object && (namespace === null || event.namespace === namespace),
  );
  if (events.length === 0) return ['Events:            <none>'];
  const age = (event: KubeEvent) =>
    event.count > 1
      ? `${humanDuration(state.now - event.lastAt)} (x${event.count} over ${humanDuration(state.now - event.at)})`
      : humanDuration(state.now - event.at);
  const rows = [
    ['Type', 'Reason', 'Age', 'From', 'Message'],
    ['----', '------', '----', '----', '-------'],
    ...events.map((event) => [event.type, event.reason, age(event), event.source, event.message]),
  ];
  return [
    'Events:',
    ...formatTable(rows, 0, 2)
      .split('\n')
      .map((line) => `  ${line}`),
  ];
}

export function describePod(state: EksState, pod: Pod): string {
  const node = state.nodes.find((candidate) => candidate.name === pod.nodeName);
  const status =
    podStatus(pod) === 'Terminating'
      ? `Terminating (lasts ${humanDuration(state.now - (pod.deletedAt ?? state.now))})`
      : pod.phase;
  const lines = [
    field('Name', pod.name),
    field('Namespace', pod.namespace),
    field('Priority', '0'),
    field('Service Account', pod.spec.serviceAccountName ?? 'default'),
    field('Node', node === undefined ? '<none>' : `${node.name}/${node.internalIp}`),
    ...(pod.nodeName === null ? [] : [field('Start Time', timestamp(pod.createdAt))]),
    ...labelLines('Labels', pod.labels),
    ...annotationLines(pod.annotations ?? {}),
    field('Status', status),
    field('IP', pod.ip ?? ''),
    ...(pod.owner === null ? [] : [field('Controlled By', `${pod.owner.kind}/${pod.owner.name}`)]),
    'Containers:',
  ];
  for (const container of pod.spec.containers) {
    lines.push(`  ${container.name}:`, `    Image:          ${container.image}`);
    if (pod.nodeName !== null) {
      const state = pod.container;
      if (state.state === 'running')
        lines.push('    State:          Running', `      Started:      ${timestamp(state.since)}`);
      else if (state.state === 'terminated')
        lines.push(
          '    State:          Terminated',
          `      Reason:       ${state.reason}`,
          `      Exit Code:    ${state.exitCode}`,
        );
      else lines.push('    State:          Waiting', `      Reason:       ${state.reason}`);
      if (pod.lastExit !== null)
        lines.push(
          '    Last State:     Terminated',
          `      Reason:       ${pod.lastExit.reason}`,
          `      Exit Code:    ${pod.lastExit.exitCode}`,
          `      Finished:     ${timestamp(pod.lastExit.at)}`,
        );
      lines.push(
        `    Ready:          ${pod.ready ? 'True' : 'False'}`,
        `    Restart Count:  ${pod.restarts}`,
      );
    }
    const { requests, limits } = container;
    if (limits.cpu !== undefined || limits.memory !== undefined) {
      lines.push('    Limits:');
      if (limits.cpu !== undefined) lines.push(`      cpu:     ${formatCpu(limits.cpu)}`);
      if (limits.memory !== undefined) lines.push(`      memory:  ${formatMemory(limits.memory)}`);
    }
    if (requests.cpu !== undefined || requests.memory !== undefined) {
      lines.push('    Requests:');
      if (requests.cpu !== undefined) lines.push(`      cpu:     ${formatCpu(requests.cpu)}`);
      if (requests.memory !== undefined) lines.push(`      memory:  ${formatMemory(requests.memory)}`);
    }
    if (container.livenessProbe !== undefined)
      lines.push(`    Liveness:       ${livenessText(container.livenessProbe)}`);
    lines.push(...environmentLines(container.env ?? {}));
  }
  lines.push(
    'Conditions:',
    '  Type              Status',
    `  PodScheduled      ${pod.nodeName === null ? 'False' : 'True'}`,
    ...(pod.nodeName === null ? [] : [`  Ready             ${pod.ready ? 'True' : 'False'}`]),
    ...labelLines('Node-Selectors', pod.spec.nodeSelector),
  );
  const tolerations = pod.spec.tolerations.map(tolerationText);
  lines.push(
    ...(tolerations.length === 0
      ? [field('Tolerations', '<none>')]
      : tolerations.map((text, index) =>
          index === 0 ? field('Tolerations', text) : `${' '.repeat(18)}${text}`,
        )),
    ...spreadLines(pod.spec.topologySpreadConstraints ?? []),
  );
  lines.push(...eventsOf(state, `pod/${pod.name}`, pod.namespace));
  return lines.join('\n');
}

export function describeNode(state: EksState, node: KubeNode): string {
  const pods = state.pods.filter(
    (pod) => pod.nodeName === node.name && holdsPlace(pod) && pod.deletedAt === null,
  );
  const requested = pods.reduce(
    (sum, pod) => {
      const requests = podRequests(pod.spec);
      return { cpu: sum.cpu + requests.cpu, memory: sum.memory + requests.memory };
    },
    { cpu: 0, memory: 0 },
  );
  const percent = (value: number, of: number) => `${of === 0 ? 0 : Math.floor((value * 100) / of)}%`;
  const taints = node.taints.map(
    (taint) => `${taint.key}${taint.value === '' ? '' : `=${taint.value}`}:${taint.effect}`,
  );
  const podRows = [
    ['Namespace', 'Name', 'CPU Requests', 'Memory Requests', 'Age'],
    ['---------', '----', '------------', '---------------', '---'],
    ...pods.map((pod) => {
      const requests = podRequests(pod.spec);
      return [
        pod.namespace,
        pod.name,
        `${formatCpu(requests.cpu)} (${percent(requests.cpu, node.allocatable.cpu)})`,
        `${formatMemory(requests.memory)} (${percent(requests.memory, node.allocatable.memory)})`,
        humanDuration(state.now - pod.createdAt),
      ];
    }),
  ];
  return [
    field('Name', node.name),
    field('Roles', '<none>'),
    ...labelLines('Labels', node.labels),
    ...(taints.length === 0
      ? [field('Taints', '<none>')]
      : taints.map((text, index) => (index === 0 ? field('Taints', text) : `${' '.repeat(18)}${text}`))),
    field('Unschedulable', String(node.unschedulable)),
    'Conditions:',
    `  Ready   ${node.ready}   ${node.ready === 'True' ? 'KubeletReady   kubelet is posting ready status' : 'NodeStatusUnknown   Kubelet stopped posting node status.'}`,
    'Addresses:',
    `  InternalIP:  ${node.internalIp}`,
    `  Hostname:    ${node.name}`,
    'Capacity:',
    `  cpu:     ${formatCpu(node.capacity.cpu)}`,
    `  memory:  ${node.capacity.memory}Mi`,
    `  pods:    ${node.capacity.pods}`,
    'Allocatable:',
    `  cpu:     ${formatCpu(node.allocatable.cpu)}`,
    `  memory:  ${node.allocatable.memory}Mi`,
    `  pods:    ${node.allocatable.pods}`,
    field('ProviderID', `aws:///${node.zone}/${node.instanceId}`),
    `Non-terminated Pods:          (${pods.length} in total)`,
    ...formatTable(podRows, 0, 2)
      .split('\n')
      .map((line) => `  ${line}`),
    'Allocated resources:',
    '  (Total limits may be over 100 percent, i.e., overcommitted.)',
    '  Resource  Requests',
    '  --------  --------',
    `  cpu       ${formatCpu(requested.cpu)} (${percent(requested.cpu, node.allocatable.cpu)})`,
    `  memory    ${formatMemory(requested.memory)} (${percent(requested.memory, node.allocatable.memory)})`,
    ...eventsOf(state, `node/${node.name}`, null),
  ].join('\n');
}

export function describeDeployment(state: EksState, name: string, namespace: string): string | null {
  const deployment = state.deployments.find(
    (candidate) => candidate.name === name && candidate.namespace === namespace,
  );
  if (deployment === undefined) return null;
  const sets = state.replicaSets
    .filter((rs) => rs.deployment === name && rs.namespace === namespace)
    .sort((a, b) => b.revision - a.revision);
  const [current, ...old] = sets;
  const live = (rsName: string) =>
    state.pods.filter(
      (pod) => pod.owner?.name === rsName && pod.namespace === namespace && pod.deletedAt === null,
    );
  const all = sets.flatMap((rs) => live(rs.name));
  const updated = current === undefined ? 0 : live(current.name).length;
  const available = all.filter((pod) => pod.ready).length;
  const container = deployment.template.spec.containers[0];
  const setText = (rs: typeof current) =>
    rs === undefined ? '<none>' : `${rs.name} (${live(rs.name).length}/${rs.replicas} replicas created)`;
  return [
    field('Name', deployment.name),
    field('Namespace', deployment.namespace),
    field(
      'Selector',
      Object.entries(deployment.selector)
        .map(([key, value]) => `${key}=${value}`)
        .join(','),
    ),
    field(
      'Replicas',
      `${deployment.replicas} desired | ${updated} updated | ${all.length} total | ${available} available | ${Math.max(0, deployment.replicas - available)} unavailable`,
    ),
    field('StrategyType', 'RollingUpdate'),
    `RollingUpdateStrategy:  ${deployment.maxUnavailable} max unavailable, ${deployment.maxSurge} max surge`,
    'Pod Template:',
    ...Object.entries(deployment.template.labels).map(
      ([key, value], index) => `  ${index === 0 ? 'Labels:  ' : '         '}${key}=${value}`,
    ),
    ...(container === undefined
      ? []
      : ['  Containers:', `   ${container.name}:`, `    Image:      ${container.image}`]),
    field(
      'OldReplicaSets',
      old
        .filter((rs) => rs.replicas > 0 || live(rs.name).length > 0)
        .map(setText)
        .join(', ') || '<none>',
    ),
    field('NewReplicaSet', setText(current)),
    ...eventsOf(state, `deployment/${deployment.name}`, namespace),
  ].join('\n');
}

export function describeService(state: EksState, service: Service): string {
  const endpoints = serviceEndpoints(state, service);
  const port = service.ports[0];
  const addresses = endpoints.ready.flatMap((ip) =>
    service.ports.map((entry) => `${ip}:${entry.targetPort}`),
  );
  const lb = service.loadBalancer;
  return [
    field('Name', service.name),
    field('Namespace', service.namespace),
    field('Labels', '<none>'),
    ...annotationLines(service.annotations),
    field(
      'Selector',
      Object.entries(service.selector)
        .map(([key, value]) => `${key}=${value}`)
        .join(',') || '<none>',
    ),
    field('Type', service.type),
    field('IP', service.clusterIp),
    ...(lb !== null && lb.readyAt <= state.now ? [field('LoadBalancer Ingress', lb.hostname)] : []),
    ...(port === undefined
      ? []
      : [
          field('Port', `<unset>  ${port.port}/${port.protocol}`),
          field('TargetPort', `${port.targetPort}/${port.protocol}`),
          ...(port.nodePort === null
            ? []
            : [field('NodePort', `<unset>  ${port.nodePort}/${port.protocol}`)]),
        ]),
    field('Endpoints', addresses.join(',')),
    ...eventsOf(state, `service/${service.name}`, service.namespace),
  ].join('\n');
}
