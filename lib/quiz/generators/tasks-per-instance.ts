import { INSTANCE_TYPES, instanceTypeSpec } from '@/lib/sim/ecs/catalog';
import type { EcsState } from '@/lib/sim/ecs/types';
import {
  CREATE_DEFAULT_CLUSTER,
  SUBNET,
  WAIT_FOR_AGENTS,
  awslogs,
  createLogGroup,
  registerTaskDefinition,
  runInstances,
} from '@/lib/sim/ecs/presets/lines';
import { createPicker } from './picker';
import { ecsSituation, ecsState, runEcsLine, type EcsSession } from './situation';
import { counted, grouped } from './ecs-lines';
import { catalogEntry, questionBase } from './catalog-entry';
import type { GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('tasks-per-instance');
const ID = INFO.id;
const TYPES = INSTANCE_TYPES.filter((type) => type.architecture === 'x86_64' && type.vcpu <= 4).map(
  (type) => type.name,
);
const CPUS = [256, 512, 1024] as const;
const MEMORIES = [512, 1024, 2048, 3072] as const;
/** RunTask starts at most 10 tasks per call. */
const PER_CALL = 10;

function definition(cpu: number, memory: number, awsvpc: boolean) {
  return {
    family: 'worker',
    networkMode: awsvpc ? 'awsvpc' : 'bridge',
    requiresCompatibilities: ['EC2'],
    cpu: String(cpu),
    memory: String(memory),
    containerDefinitions: [
      {
        name: 'worker',
        image: 'nginx:1.27',
        essential: true,
        portMappings: [awsvpc ? { containerPort: 8080 } : { containerPort: 8080, hostPort: 0 }],
        logConfiguration: awslogs('/ecs/worker'),
      },
    ],
  };
}

function placedTasks(state: EcsState): number {
  return state.tasks.filter((task) => task.desiredStatus === 'RUNNING' && task.containerInstanceId !== null)
    .length;
}

const vcpu = (units: number) => (units === 1024 ? '1 vCPU' : `${units / 1024} vCPU`);
const gib = (mib: number) => (mib % 1024 === 0 ? `${mib / 1024} GiB` : `${(mib / 1024).toFixed(1)} GiB`);

interface Filled {
  readonly session: EcsSession;
  readonly lines: string[];
  /** RunTask's failure reason for the first task that did not fit, e.g. RESOURCE:MEMORY. */
  readonly reason: string;
}

/** Runs tasks ten at a time until RunTask reports a failure: what the engine says fits. */
function fill(start: EcsSession, runLine: string): Filled {
  let session = start;
  const lines: string[] = [];
  for (let call = 0; call < 20; call += 1) {
    const before = placedTasks(ecsState(session));
    const result = runEcsLine(session, runLine);
    session = result.session;
    lines.push(runLine);
    const reason = /"reason": "([^"]+)"/.exec(result.output)?.[1];
    if (result.isError && reason === undefined)
      throw new Error(`${ID}: "${runLine}" failed: ${result.output}`);
    if (reason !== undefined || placedTasks(ecsState(session)) - before < PER_CALL)
      return { session, lines, reason: reason ?? '' };
  }
  throw new Error(`${ID}: the instance never filled up`);
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  const type = pick.one(TYPES);
  const cpu = pick.one(CPUS);
  // Never bigger than the instance: "none fit" would be a trick, not a question about limits.
  const memory = pick.one(MEMORIES.filter((mib) => mib < (instanceTypeSpec(type)?.memoryGiB ?? 0) * 1024));
  const awsvpc = pick.chance(0.35);
  const zone = pick.one(['a', 'b', 'c'] as const);
  const lines = [
    CREATE_DEFAULT_CLUSTER,
    createLogGroup('/ecs/worker'),
    runInstances(zone, { type }),
    registerTaskDefinition(definition(cpu, memory, awsvpc)),
    WAIT_FOR_AGENTS,
  ];
  const before = ecsSituation(lines, seed);
  const runLine = `aws ecs run-task --cluster default --task-definition worker:1 --count ${PER_CALL} --launch-type EC2${awsvpc ? ` --network-configuration "awsvpcConfiguration={subnets=[${SUBNET[zone]}]}"` : ''}`;
  const filled = fill(before, runLine);
  const answer = placedTasks(ecsState(filled.session));
  const ci = ecsState(before).containerInstances[0];
  const spec = instanceTypeSpec(type);
  const registered = ci?.registered ?? { cpu: 0, memory: 0, enis: 0 };
  const reasoning = [
    `CPU: the agent registers ${grouped(registered.cpu)} CPU units (${spec?.vcpu ?? '?'} vCPU × 1,024); ${grouped(registered.cpu)} ÷ ${grouped(cpu)} = ${Math.floor(registered.cpu / cpu)} tasks.`,
    `Memory: it registers ${grouped(registered.memory)} MiB, less than the nominal ${spec?.memoryGiB ?? '?'} GiB because the operating system keeps some; ${grouped(registered.memory)} ÷ ${grouped(memory)} = ${Math.floor(registered.memory / memory)} tasks.`,
    awsvpc
      ? `Network: each awsvpc task needs its own network interface. A ${type} takes ${spec?.maxEnis ?? '?'}, one of them the instance's own, so ${counted(registered.enis, 'task')} at most (without ENI trunking).`
      : 'Network: bridge mode with a dynamic host port (hostPort 0), so ports do not limit the count.',
    `The smallest limit wins: ${counted(answer, 'task')}. The next run-task fails with reason ${filled.reason}.`,
  ];
  return {
    generator: ID,
    seed,
    question: {
      ...questionBase(INFO, awsvpc ? 'hard' : 'medium', [17, 19]),
      kind: 'value',
      stem: `An empty ${type} container instance (${spec?.vcpu ?? '?'} vCPU, ${spec?.memoryGiB ?? '?'} GiB) joins the cluster. Each task of \`worker:1\` reserves ${grouped(cpu)} CPU units (${vcpu(cpu)}) and ${grouped(memory)} MiB (${gib(memory)}), in ${awsvpc ? 'awsvpc' : 'bridge'} network mode. How many of these tasks can the instance run at once?`,
      answer,
      tolerance: 0,
      unit: 'tasks',
      // The reasoning itself follows in its own panel.
      explanation: `The smallest of three limits wins: CPU units, registered memory, and for awsvpc the network interfaces. Here that gives ${counted(answer, 'task')}.`,
    },
    situation: { picture: 'ecs', lines, before, facts: null, file: null },
    reveal: {
      lines: filled.lines.concat('sleep 30'),
      after: runEcsLine(filled.session, 'sleep 30').session,
      output: null,
      reasoning,
    },
  };
}

export const tasksPerInstance: QuestionGenerator = { ...INFO, generate };
