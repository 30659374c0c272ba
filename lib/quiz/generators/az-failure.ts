import type { EcsState } from '@/lib/sim/ecs/types';
import { createPicker } from './picker';
import { ecsSituation, ecsState, runEcsLine } from './situation';
import {
  CREATE_DEFAULT_CLUSTER,
  WAIT_FOR_AGENTS,
  ZONES,
  bridgeDefinition,
  createLogGroup,
  grouped,
  registerTaskDefinition,
  runInstances,
  type AzLetter,
} from './ecs-lines';
import { instanceFacts } from './instance-facts';
import { generatedQuestionId, type GeneratedQuestion, type QuestionGenerator } from './types';
import { catalogEntry } from './catalog-entry';

const ID = 'az-failure';
/** Small types, so the surviving zones sometimes run out of room. */
const TYPES = ['t3.small', 't3.medium', 'm5.large'] as const;
const LETTERS: readonly AzLetter[] = ['a', 'b', 'c'];
/** How long the question looks ahead after the zone fails. */
export const WATCH_SECONDS = 300;
const OPTION_IDS = ['a', 'b', 'c', 'd', 'e'] as const;

/** Running service tasks per zone, in zone order. */
export type Distribution = Readonly<Record<string, number>>;

export function runningByZone(state: EcsState, service: string): Distribution {
  const counts: Record<string, number> = { 'us-east-1a': 0, 'us-east-1b': 0, 'us-east-1c': 0 };
  for (const task of state.tasks) {
    if (task.serviceName === service && task.lastStatus === 'RUNNING' && task.desiredStatus === 'RUNNING')
      counts[task.az] = (counts[task.az] ?? 0) + 1;
  }
  return counts;
}

function words(distribution: Distribution, desired: number): string {
  const zones = Object.entries(distribution).filter(([, count]) => count > 0);
  const running = zones.reduce((sum, [, count]) => sum + count, 0);
  const where =
    zones.length === 0 ? 'No task runs' : zones.map(([az, count]) => `${count} in ${az}`).join(', ');
  const missing = desired - running;
  return missing > 0 ? `${where}; ${missing} cannot be placed` : where;
}

function key(distribution: Distribution): string {
  return Object.values(distribution).join(',');
}

/** Plausible wrong answers: nothing replaced, an even split, everything in one zone, one task moved. */
function distractors(
  before: Distribution,
  after: Distribution,
  failed: string,
  desired: number,
): Distribution[] {
  const survivors = Object.keys(after).filter((az) => az !== failed);
  const [first = '', second = ''] = survivors;
  const lost = { ...before, [failed]: 0 };
  const half = Math.ceil(desired / 2);
  const candidates: Distribution[] = [
    lost,
    { ...lost, [first]: half, [second]: desired - half },
    { ...lost, [first]: desired - half, [second]: half },
    { ...lost, [first]: desired, [second]: 0 },
    { ...lost, [first]: 0, [second]: desired },
    { ...after, [first]: (after[first] ?? 0) + 1, [second]: Math.max(0, (after[second] ?? 0) - 1) },
    { ...after, [first]: Math.max(0, (after[first] ?? 0) - 1), [second]: (after[second] ?? 0) + 1 },
    // The failed zone still counted: the tasks "move back" by themselves.
    before,
  ];
  const seen = new Set([key(after)]);
  return candidates.filter((candidate) => {
    const total = Object.values(candidate).reduce((sum, count) => sum + count, 0);
    if (total > desired || seen.has(key(candidate))) return false;
    seen.add(key(candidate));
    return true;
  });
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  const desired = pick.int(3, 9);
  const failedLetter = pick.one(LETTERS);
  const failed = ZONES[failedLetter];
  const webMemory = pick.one([512, 1024] as const);
  const lines = [CREATE_DEFAULT_CLUSTER, createLogGroup('/ecs/web')];
  for (const letter of LETTERS) lines.push(runInstances(letter, { type: pick.one(TYPES) }));
  lines.push(
    registerTaskDefinition(bridgeDefinition('web', 'nginx:1.27', 256, webMemory, 8080)),
    WAIT_FOR_AGENTS,
    `aws ecs create-service --cluster default --service-name web --task-definition web:1 --desired-count ${desired} --launch-type EC2`,
    'sleep 120',
  );
  const before = ecsSituation(lines, seed);
  let after = runEcsLine(before, `chaos fail-az ${failed}`).session;
  after = runEcsLine(after, `sleep ${WATCH_SECONDS}`).session;
  const beforeCounts = runningByZone(ecsState(before), 'web');
  const afterCounts = runningByZone(ecsState(after), 'web');
  const wrong = pick.some(distractors(beforeCounts, afterCounts, failed, desired), 3);
  const choices = pick.some([afterCounts, ...wrong], wrong.length + 1);
  const options = choices.map((distribution, index) => ({
    id: OPTION_IDS[index] as string,
    text: words(distribution, desired),
    explanation:
      distribution === afterCounts
        ? 'What the engine shows five minutes later: the service replaced the lost tasks where there was room.'
        : wrongWhy(distribution, beforeCounts, failed),
  }));
  const answer = options[choices.indexOf(afterCounts)]?.id ?? 'a';
  const unplaced = Object.values(afterCounts).reduce((sum, count) => sum + count, 0) < desired;
  return {
    generator: ID,
    seed,
    question: {
      id: generatedQuestionId(ID),
      kind: 'single',
      skill: 'ecs-services-placement',
      section: 'strategies',
      difficulty: 'hard',
      coverage: [12, 13],
      stem: `The service \`web\` runs ${desired} tasks (each 256 CPU units and ${grouped(webMemory)} MiB) with the default placement for services. Availability Zone ${failed} fails. Where do its tasks run five minutes later?`,
      options,
      answer,
    },
    situation: { lines, before, facts: instanceFacts(ecsState(before)), file: null },
    reveal: {
      lines: [`chaos fail-az ${failed}`, `sleep ${WATCH_SECONDS}`],
      output: null,
      reasoning: [
        `Before: ${words(beforeCounts, desired)}. A service with no placement strategy spreads across Availability Zones, then across the instances in each zone.`,
        `${failed} fails: its instance stops and the ${beforeCounts[failed] ?? 0} tasks on it are lost. The service scheduler notices that fewer than ${desired} tasks run and starts replacements.`,
        'Placement filters out every instance without the CPU and memory a task needs, then spreads the replacements across the zones that are left.',
        unplaced
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
  return 'Not what placement does here: replacements go to the zone with fewer web tasks first, and only to instances with room left for them.';
}

export const azFailure: QuestionGenerator = { ...catalogEntry('az-failure'), generate };
