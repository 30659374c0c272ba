import type { EcsState } from '@/lib/sim/ecs/types';
import {
  CREATE_DEFAULT_CLUSTER,
  WAIT_FOR_AGENTS,
  createLogGroup,
  registerTaskDefinition,
  runInstances,
  type AzLetter,
} from '@/lib/sim/ecs/presets/lines';
import { remainingResources } from '@/lib/sim/ecs/tasks/reservations';
import { createPicker, type Picker } from './picker';
import { ecsSituation, ecsState, runEcsLine, type EcsSession } from './situation';
import { ZONES, bridgeDefinition, counted, grouped, optionId } from './ecs-lines';
import { instanceFacts } from './instance-facts';
import { catalogEntry, questionBase } from './catalog-entry';
import type { GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('az-failure');
/** Small types, so the surviving zones sometimes run out of room. */
const TYPES = ['t3.small', 't3.medium', 'm5.large'] as const;
const LETTERS: readonly AzLetter[] = ['a', 'b', 'c'];
/** How long the question looks ahead after the zone fails. */
export const WATCH_SECONDS = 300;
const TASK_CPU = 256;
const MAX_DRAWS = 40;

/** Running service tasks per zone, in zone order. */
export type Distribution = Readonly<Record<string, number>>;

export function runningByZone(state: EcsState, service: string): Distribution {
  const counts: Record<string, number> = Object.fromEntries(Object.values(ZONES).map((az) => [az, 0]));
  for (const task of state.tasks) {
    if (task.serviceName === service && task.lastStatus === 'RUNNING' && task.desiredStatus === 'RUNNING')
      counts[task.az] = (counts[task.az] ?? 0) + 1;
  }
  return counts;
}

const total = (distribution: Distribution) =>
  Object.values(distribution).reduce((sum, count) => sum + count, 0);

function words(distribution: Distribution, desired: number): string {
  const zones = Object.entries(distribution).filter(([, count]) => count > 0);
  const where =
    zones.length === 0 ? 'No task runs' : zones.map(([az, count]) => `${count} in ${az}`).join(', ');
  const missing = desired - total(distribution);
  return missing > 0 ? `${where}; ${missing} cannot be placed` : where;
}

function key(distribution: Distribution): string {
  return Object.values(distribution).join(',');
}

/**
 * Whether spread could break a tie between two zones with room while replacing the lost tasks:
 * then either zone could get the task, and the question would have two right answers. One
 * instance per zone, so zones and instances rank alike.
 */
function tieWhileReplacing(state: EcsState, before: Distribution, failed: string, memory: number): boolean {
  const room = new Map<string, number>();
  for (const ci of state.containerInstances) {
    const az = ci.attributes['ecs.availability-zone'] ?? '';
    if (az === failed) continue;
    const left = remainingResources(ci);
    room.set(az, Math.min(Math.floor(left.cpu / TASK_CPU), Math.floor(left.memory / memory)));
  }
  const counts = new Map(Object.entries(before).filter(([az]) => az !== failed));
  for (let lost = before[failed] ?? 0; lost > 0; lost -= 1) {
    const open = [...counts].filter(([az]) => (room.get(az) ?? 0) > 0).sort((a, b) => a[1] - b[1]);
    const [best, runnerUp] = open;
    if (best === undefined) return false;
    if (runnerUp !== undefined && runnerUp[1] === best[1]) return true;
    counts.set(best[0], best[1] + 1);
    room.set(best[0], (room.get(best[0]) ?? 0) - 1);
  }
  return false;
}

/** Plausible wrong answers: nothing replaced, the tasks back in the failed zone, an even split, all in one zone. */
function distractors(
  before: Distribution,
  after: Distribution,
  failed: string,
  desired: number,
): Distribution[] {
  const [first = '', second = ''] = Object.keys(after).filter((az) => az !== failed);
  const lost = { ...before, [failed]: 0 };
  const half = Math.ceil(desired / 2);
  const candidates: Distribution[] = [
    lost,
    before,
    { ...lost, [first]: half, [second]: desired - half },
    { ...lost, [first]: desired - half, [second]: half },
    { ...lost, [first]: desired, [second]: 0 },
    { ...lost, [first]: 0, [second]: desired },
  ];
  const seen = new Set([key(after)]);
  return candidates.filter((candidate) => {
    if (total(candidate) > desired || seen.has(key(candidate))) return false;
    seen.add(key(candidate));
    return true;
  });
}

interface Draw {
  readonly desired: number;
  readonly failed: string;
  readonly memory: number;
  readonly lines: string[];
  readonly before: EcsSession;
  readonly after: EcsSession;
}

function draw(pick: Picker, seed: number): Draw | null {
  const desired = pick.int(3, 9);
  const failed = ZONES[pick.one(LETTERS)];
  const memory = pick.one([512, 1024] as const);
  const lines = [CREATE_DEFAULT_CLUSTER, createLogGroup('/ecs/web')];
  for (const letter of LETTERS) lines.push(runInstances(letter, { type: pick.one(TYPES) }));
  lines.push(
    registerTaskDefinition(bridgeDefinition('web', 'nginx:1.27', TASK_CPU, memory, 8080)),
    WAIT_FOR_AGENTS,
    `aws ecs create-service --cluster default --service-name web --task-definition web:1 --desired-count ${desired} --launch-type EC2`,
    'sleep 120',
  );
  const before = ecsSituation(lines, seed);
  const state = ecsState(before);
  const counts = runningByZone(state, 'web');
  // The question starts from a service at its desired count, and has one right answer.
  if (total(counts) !== desired || tieWhileReplacing(state, counts, failed, memory)) return null;
  const after = [`chaos fail-az ${failed}`, `sleep ${WATCH_SECONDS}`].reduce(
    (session, line) => runEcsLine(session, line).session,
    before,
  );
  return { desired, failed, memory, lines, before, after };
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  for (let attempt = 0; attempt < MAX_DRAWS; attempt += 1) {
    const drawn = draw(pick, seed);
    if (drawn !== null) return ask(drawn, pick, seed);
  }
  throw new Error(`${INFO.id}: no situation with one right answer in ${MAX_DRAWS} draws from seed ${seed}`);
}

function ask(
  { desired, failed, memory, lines, before, after }: Draw,
  pick: Picker,
  seed: number,
): GeneratedQuestion {
  const beforeCounts = runningByZone(ecsState(before), 'web');
  const afterCounts = runningByZone(ecsState(after), 'web');
  const lostCount = beforeCounts[failed] ?? 0;
  const unplaced = desired - total(afterCounts);
  const outcome =
    unplaced === 0
      ? `the service replaced all ${counted(lostCount, 'lost task')} in the zones that are left.`
      : `the service placed ${lostCount - unplaced} of the ${counted(lostCount, 'lost task')}; the other ${unplaced} found no instance with room.`;
  const wrong = pick.some(distractors(beforeCounts, afterCounts, failed, desired), 3);
  const choices = pick.some([afterCounts, ...wrong], wrong.length + 1);
  const options = choices.map((distribution, index) => ({
    id: optionId(index),
    text: words(distribution, desired),
    explanation:
      distribution === afterCounts
        ? `What the engine shows five minutes later: ${outcome}`
        : wrongWhy(distribution, beforeCounts, failed),
  }));
  return {
    generator: INFO.id,
    seed,
    question: {
      ...questionBase(INFO, 'hard', [12, 13]),
      kind: 'single',
      stem: `The service \`web\` runs ${desired} tasks (each 256 CPU units and ${grouped(memory)} MiB) with the default placement for services. Availability Zone ${failed} fails. Where do its tasks run five minutes later?`,
      options,
      answer: options[choices.indexOf(afterCounts)]?.id ?? 'a',
    },
    situation: { picture: 'ecs', lines, before, facts: instanceFacts(ecsState(before)), file: null },
    reveal: {
      lines: [`chaos fail-az ${failed}`, `sleep ${WATCH_SECONDS}`],
      after,
      output: null,
      reasoning: [
        `Before: ${words(beforeCounts, desired)}. A service with no placement strategy spreads its tasks across Availability Zones, then across the instances in each zone.`,
        `${failed} fails: its instance stops and the ${counted(lostCount, 'task')} on it ${lostCount === 1 ? 'is' : 'are'} lost. The service scheduler sees fewer than ${desired} running and starts replacements at once.`,
        'Placement filters out every instance without the CPU and memory a task needs, then puts each replacement in the zone with fewer web tasks.',
        unplaced > 0
          ? `The surviving instances fill up: the service posts "(service web) was unable to place a task because no container instance met all of its requirements" and keeps trying. After ${WATCH_SECONDS / 60} minutes: ${words(afterCounts, desired)}.`
          : `After ${WATCH_SECONDS / 60} minutes: ${words(afterCounts, desired)}.`,
      ],
    },
  };
}

function wrongWhy(distribution: Distribution, before: Distribution, failed: string): string {
  if (key(distribution) === key(before))
    return `Tasks do not survive their instance: the ones in ${failed} stopped with it, and the service places replacements only where instances still run.`;
  if (key(distribution) === key({ ...before, [failed]: 0 }))
    return 'The service scheduler does not wait for the zone to come back: it starts replacement tasks in the other zones straight away.';
  return 'Not what placement does here: each replacement goes to the zone with fewer web tasks, and only to an instance with room left for it.';
}

export const azFailure: QuestionGenerator = { ...INFO, generate };
