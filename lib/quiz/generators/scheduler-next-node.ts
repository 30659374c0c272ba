import { CREATE_CLUSTER_LINES, nodegroupLine } from '@/lib/sim/eks/presets';
import type { KubeNode, SchedulingRecord } from '@/lib/sim/eks/types';
import { whyNodeRows } from '@/lib/sim/eks/why-rows';
import { catalogEntry, questionBase } from './catalog-entry';
import { grouped, optionId } from './ecs-lines';
import { deploymentYaml, mebibytes, millicores } from './eks-manifests';
import { eksSituation, eksState, runEksLine } from './eks-situation';
import { nodeFacts } from './node-facts';
import { createPicker, type Picker } from './picker';
import type { GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('scheduler-next-node');
const FILL_CPU = ['250m', '500m', '750m'] as const;
const FILL_MEMORY = ['256Mi', '512Mi', '1Gi'] as const;
const ASK_CPU = ['500m', '750m', '1', '1500m'] as const;
const ASK_MEMORY = ['512Mi', '1Gi', '2Gi', '4Gi'] as const;
/** Re-draws until one node has the best total: a tie is broken at random, so two answers would be right. */
const MAX_DRAWS = 40;
const ASK_FILE = 'api.yaml';
export const ASK_LINE = `kubectl apply -f ${ASK_FILE}`;

type Twist = 'none' | 'cordon' | 'zone';

const short = (name: string) => name.split('.')[0] ?? name;
const nodeLabel = (node: KubeNode) => `${short(node.name)} in ${node.zone}`;

/** The fillers: on each node, a Deployment pinned there by its hostname label, holding some requests. */
function fillers(pick: Picker, nodes: readonly KubeNode[]): Record<string, string> {
  const files: Record<string, string> = {};
  // At least one node holds fillers, as the question says; which one is drawn too.
  const busy = pick.int(0, nodes.length - 1);
  for (const [index, node] of nodes.entries()) {
    const replicas = pick.int(index === busy ? 1 : 0, 3);
    if (replicas === 0) continue;
    files[`fill-${index}.yaml`] = deploymentYaml({
      name: `fill-${index}`,
      replicas,
      cpu: pick.one(FILL_CPU),
      memory: pick.one(FILL_MEMORY),
      nodeSelector: { 'kubernetes.io/hostname': node.name },
    });
  }
  return files;
}

const selectorWords = (twist: Twist, zone: string) =>
  twist === 'zone' ? ` and a \`nodeSelector\` of \`topology.kubernetes.io/zone: ${zone}\`` : '';

function reasoning(
  record: SchedulingRecord,
  nodes: readonly KubeNode[],
  cpu: string,
  memory: string,
): string[] {
  const first = `Filter: a node stays in only if it accepts new pods (not cordoned), matches the pod's nodeSelector, and has ${grouped(millicores(cpu))}m of CPU and ${grouped(mebibytes(memory))} MiB of memory left after the requests of the pods it already runs.`;
  const chosen = nodes.find((node) => node.name === record.chosen);
  if (chosen === undefined)
    return [first, `No node passes the filters, so the pod stays Pending: "${record.message ?? ''}"`];
  const total = record.verdicts.find((verdict) => verdict.node === record.chosen && !verdict.filtered);
  return [
    first,
    'Score: each remaining node gets a score from each plugin (NodeResourcesFit with LeastAllocated prefers the most room left; BalancedAllocation prefers CPU and memory used evenly), weighted and summed.',
    `${nodeLabel(chosen)} has the highest total${total && !total.filtered ? `, ${total.total}` : ''}, so the pod is bound to it.`,
  ];
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  const base = eksSituation([...CREATE_CLUSTER_LINES, nodegroupLine(3), 'sleep 720'], {}, seed);
  const nodes = [...eksState(base).nodes].sort((a, b) => a.name.localeCompare(b.name));
  for (let attempt = 0; attempt < MAX_DRAWS; attempt += 1) {
    const files = fillers(pick, nodes);
    const twist = pick.one<Twist>(['none', 'none', 'cordon', 'zone']);
    const cordoned = pick.one(nodes);
    const zone = pick.one(nodes).zone;
    const cpu = pick.one(ASK_CPU);
    const memory = pick.one(ASK_MEMORY);
    const lines = [
      ...Object.keys(files).map((name) => `kubectl apply -f ${name}`),
      ...(twist === 'cordon' ? [`kubectl cordon ${cordoned.name}`] : []),
      'sleep 30',
    ];
    files[ASK_FILE] = deploymentYaml({
      name: 'api',
      replicas: 1,
      cpu,
      memory,
      ...(twist === 'zone' ? { nodeSelector: { 'topology.kubernetes.io/zone': zone } } : {}),
    });
    const before = eksSituation(lines, files, seed, base);
    const asked = runEksLine(before, ASK_LINE, files);
    const after = runEksLine(asked.session, 'sleep 10', files).session;
    const pod = eksState(after).pods.find((candidate) => candidate.labels['app'] === 'api');
    const record = pod?.lastScheduling ?? null;
    if (asked.isError || record === null || record.tie) continue;
    const rows = whyNodeRows(record);
    const options = [
      ...nodes.map((node, index) => {
        const row = rows.find((candidate) => candidate.node === node.name);
        const verdict =
          row === undefined
            ? 'Not considered.'
            : row.verdict === 'chosen'
              ? `Chosen. ${row.why}.`
              : `${row.why}.`;
        return { id: optionId(index), text: nodeLabel(node), explanation: verdict };
      }),
      {
        id: optionId(nodes.length),
        text: 'None of them: the pod stays Pending',
        explanation:
          record.chosen === null
            ? `Right: every node is filtered out. "${record.message ?? ''}"`
            : 'At least one node passes every filter, so the pod is scheduled.',
      },
    ];
    const answerIndex =
      record.chosen === null ? nodes.length : nodes.findIndex((node) => node.name === record.chosen);
    const stateBefore = eksState(before);
    return {
      generator: INFO.id,
      seed,
      question: {
        ...questionBase(INFO, twist === 'none' ? 'medium' : 'hard', [22]),
        kind: 'single',
        stem: `The EKS cluster in the picture has three m5.large worker nodes${twist === 'cordon' ? `, one of them cordoned (${short(cordoned.name)})` : ''}, running some pods. You apply a Deployment \`api\` with one replica whose container requests \`cpu: ${cpu}\` and \`memory: ${memory}\`${selectorWords(twist, zone)}. Where does the kube-scheduler put the pod?`,
        options,
        answer: optionId(answerIndex),
      },
      situation: {
        picture: 'eks',
        lines,
        before,
        facts: nodeFacts(stateBefore),
        file: { name: ASK_FILE, text: files[ASK_FILE] ?? '' },
      },
      reveal: {
        lines: [ASK_LINE, 'sleep 10'],
        after,
        output: null,
        reasoning: reasoning(record, nodes, cpu, memory),
      },
    };
  }
  throw new Error(`${INFO.id}: no situation without a tie in ${MAX_DRAWS} draws from seed ${seed}`);
}

export const schedulerNextNode: QuestionGenerator = { ...INFO, generate };
