import { explainLastPlacement } from '@/lib/sim/ecs/tasks/place';
import type { ExplanationRow } from '@/lib/sim/ecs/placement';
import type { EcsState } from '@/lib/sim/ecs/types';
import {
  CREATE_DEFAULT_CLUSTER,
  WAIT_FOR_AGENTS,
  createLogGroup,
  registerTaskDefinition,
  runInstances,
  type AzLetter,
} from '@/lib/sim/ecs/presets/lines';
import { createPicker, type Picker } from './picker';
import { ecsSituation, ecsState, runEcsLine } from './situation';
import { bridgeDefinition, grouped, optionId } from './ecs-lines';
import { catalogEntry, questionBase } from './catalog-entry';
import { instanceFacts } from './instance-facts';
import type { GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('binpack-next-host');
const TYPES = ['t3.medium', 't3.large', 'm5.large', 'm5.xlarge', 'c5.large', 'r5.large'] as const;
const CACHE_MEMORY = [1024, 1536, 2048] as const;
const WEB_MEMORY = [256, 512, 1024, 2048] as const;
/** Re-draws until exactly one instance ranks best: a tie would make two answers right. */
const MAX_DRAWS = 40;

interface Draw {
  readonly lines: string[];
  readonly webMemory: number;
}

/** Three or four instances of different types, some already holding cache tasks pinned to them. */
function draw(pick: Picker): Draw {
  const types = pick.some(TYPES, pick.int(3, 4));
  const cacheMemory = pick.one(CACHE_MEMORY);
  const lines = [CREATE_DEFAULT_CLUSTER, createLogGroup('/ecs/cache'), createLogGroup('/ecs/web')];
  for (const type of types) lines.push(runInstances(pick.one(['a', 'b', 'c'] as AzLetter[]), { type }));
  lines.push(
    registerTaskDefinition(bridgeDefinition('cache', 'redis:7.4', 256, cacheMemory, 6379)),
    WAIT_FOR_AGENTS,
  );
  for (const [index, type] of types.entries()) {
    // At least one instance holds cache tasks, as the question says.
    const count = pick.int(index === 0 ? 1 : 0, 3);
    if (count === 0) continue;
    // Pinned by instance type (the types differ), so the filler lands where the draw says whatever the seed.
    lines.push(
      `aws ecs run-task --cluster default --task-definition cache:1 --count ${count} --launch-type EC2 --placement-constraints "type=memberOf,expression=attribute:ecs.instance-type == ${type}"`,
    );
  }
  const webMemory = pick.one(WEB_MEMORY);
  lines.push(registerTaskDefinition(bridgeDefinition('web', 'nginx:1.27', 256, webMemory, 8080)), 'sleep 30');
  return { lines, webMemory };
}

export const ASK_LINE =
  'aws ecs run-task --cluster default --task-definition web:1 --launch-type EC2 --placement-strategy type=binpack,field=memory';

function instanceLabel(state: EcsState, ec2InstanceId: string): string {
  const instance = state.instances.find((candidate) => candidate.id === ec2InstanceId);
  return `the ${instance?.instanceType ?? '?'} in ${instance?.az ?? '?'} (${ec2InstanceId})`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function rowWords(row: ExplanationRow): string {
  if (row.verdict === 'chosen') return `Chosen: ${row.why}.`;
  if (row.verdict === 'filtered') return `Filtered out (${row.filteredBy}): ${row.why}.`;
  return `Passes the filters but ranks ${row.rank}: ${row.why}.`;
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  for (let attempt = 0; attempt < MAX_DRAWS; attempt += 1) {
    const { lines, webMemory } = draw(pick);
    const before = ecsSituation(lines, seed);
    const asked = runEcsLine(before, ASK_LINE);
    const after = runEcsLine(asked.session, 'sleep 30').session;
    const rows = explainLastPlacement(ecsState(asked.session)) ?? [];
    const best = rows.filter((row) => row.verdict !== 'filtered' && row.rank === 1);
    const chosen = rows.find((row) => row.verdict === 'chosen');
    if (asked.isError || chosen === undefined || best.length !== 1 || rows.length < 3) continue;
    const state = ecsState(before);
    const options = rows.map((row, index) => ({
      id: optionId(index),
      text: instanceLabel(state, row.ec2InstanceId),
      explanation: rowWords(row),
    }));
    const answer = options[rows.indexOf(chosen)]?.id ?? 'a';
    return {
      generator: INFO.id,
      seed,
      question: {
        ...questionBase(INFO, 'medium', [13]),
        kind: 'single',
        stem: `The cluster in the picture runs some \`cache\` tasks. Each \`web:1\` task needs 256 CPU units and ${grouped(webMemory)} MiB of memory. You run \`${ASK_LINE}\`. Which container instance does ECS place the task on?`,
        options,
        answer,
      },
      situation: { picture: 'ecs', lines, before, facts: instanceFacts(state), file: null },
      reveal: {
        lines: [ASK_LINE, 'sleep 30'],
        after,
        output: null,
        // Each instance's own line is under its option and in "Why this host?".
        reasoning: [
          `Filter: an instance stays in the running only if it has 256 CPU units and ${grouped(webMemory)} MiB left, and its agent is connected.`,
          'Rank: binpack on memory prefers the instance that will have the least memory left after the task.',
          `${capitalised(instanceLabel(state, chosen.ec2InstanceId))} has the least memory left of those that can hold the task, so it gets it.`,
        ],
      },
    };
  }
  throw new Error(`${INFO.id}: no situation without a tie in ${MAX_DRAWS} draws from seed ${seed}`);
}

export const binpackNextHost: QuestionGenerator = { ...INFO, generate };
