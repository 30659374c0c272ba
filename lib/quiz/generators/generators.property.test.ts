import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '@/lib/content/schemas';
import { gradeResponse } from '@/lib/quiz/grade';
import { isValidFargateSize } from '@/lib/sim/ecs/taskdef/fargate-sizes';
import * as messages from '@/lib/sim/ecs/taskdef/messages';
import { remainingResources } from '@/lib/sim/ecs/tasks/reservations';
import { breathe, fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { GENERATORS, findGenerator } from '.';
import { ASK_LINE } from './binpack-next-host';
import { runningByZone } from './az-failure';
import { REGISTERS } from './task-definition-verdict';
import { ecsState, runEcsLine, type EcsSession } from './situation';
import { MAX_SEED } from './link';
import type { GeneratedQuestion } from './types';
import { eksState } from './eks-situation';
import { mebibytes, millicores } from './eks-manifests';
import type { EksState } from '@/lib/sim/eks/types';
import * as fargateEcr from './testing/fargate-ecr-oracles';

/**
 * Every generated question, for a tenth of FUZZ_RUNS seeds (each case runs minutes of
 * simulated time, twice): it is a valid question, the same seed rebuilds it exactly, and its one right answer is
 * what the engine does, checked here against the rule the lesson teaches rather than against the
 * generator's own reading of the engine.
 */
const runs = { numRuns: Math.max(25, Math.floor(fuzzRuns() / 10)) };
/** A lifecycle question pushes images over weeks of simulated time: a fortieth of the others' seeds under a soak (one long synchronous property starves vitest's worker messages). */
const SLOW: Readonly<Record<string, { numRuns: number }>> = {
  'lifecycle-policy-expiry': { numRuns: Math.max(25, Math.floor(fuzzRuns() / 400)) },
};
const seeds = fc.integer({ min: 1, max: MAX_SEED });

function comparable(generated: GeneratedQuestion) {
  const { before: _session, ...situation } = generated.situation;
  return { ...generated, situation };
}

function play(session: EcsSession, lines: readonly string[]): EcsSession {
  return lines.reduce((current, line) => runEcsLine(current, line).session, session);
}

/**
 * Where the lost tasks go by the rule the lesson teaches: each to the zone with the fewest tasks
 * among those whose instance has room. Null when two zones tie: then either answer would be right.
 */
function spreadOutcome(
  counts: Readonly<Record<string, number>>,
  room: Map<string, number>,
  failed: string,
): Record<string, number> | null {
  const result = { ...counts, [failed]: 0 };
  for (let lost = counts[failed] ?? 0; lost > 0; lost -= 1) {
    const open = Object.entries(result)
      .filter(([az]) => az !== failed && (room.get(az) ?? 0) > 0)
      .sort((a, b) => a[1] - b[1]);
    if (open.length === 0) break;
    if (open[1] !== undefined && open[1][1] === open[0]![1]) return null;
    const [az] = open[0]!;
    result[az] = (result[az] ?? 0) + 1;
    room.set(az, (room.get(az) ?? 0) - 1);
  }
  return result;
}

function rightOption(question: Question) {
  if (question.kind !== 'single') throw new Error('expected a single-choice question');
  return question.options.find((option) => option.id === question.answer);
}

/** What the pods bound to each node request, summed by hand from their containers (not the scheduler's tally). */
function requestedOn(state: EksState, node: string) {
  let cpu = 0;
  let memory = 0;
  for (const pod of state.pods) {
    if (pod.nodeName !== node || pod.phase === 'Succeeded' || pod.phase === 'Failed') continue;
    for (const container of pod.spec.containers) {
      cpu += container.requests.cpu ?? 0;
      memory += container.requests.memory ?? 0;
    }
  }
  return { cpu, memory };
}

const memoryOf = (stem: string) => Number(/and ([\d,]+) MiB/.exec(stem)?.[1]?.replace(',', ''));

/** The right answer by the lesson's own rules, from the situation alone. */
const ORACLES: Record<string, (generated: GeneratedQuestion) => void> = {
  'binpack-next-host': ({ question, situation }) => {
    const state = ecsState(situation.before);
    const memory = memoryOf(question.stem);
    const fits = state.containerInstances
      .filter((ci) => ci.status === 'ACTIVE' && ci.agentConnected)
      .map((ci) => ({ ci, left: remainingResources(ci) }))
      .filter(({ left }) => left.cpu >= 256 && left.memory >= memory)
      .sort((a, b) => a.left.memory - b.left.memory);
    const best = fits[0];
    expect(best).toBeDefined();
    expect(fits[1]?.left.memory).not.toBe(best?.left.memory);
    expect(rightOption(question)?.text).toContain(best?.ci.ec2InstanceId);
    // …and the engine really puts the task there.
    const after = ecsState(runEcsLine(situation.before, ASK_LINE).session);
    const placed = after.tasks.find((task) => !state.tasks.some((old) => old.id === task.id));
    expect(placed?.ec2InstanceId).toBe(best?.ci.ec2InstanceId);
  },
  'az-failure': ({ question, situation, reveal }) => {
    const failed = /Availability Zone (us-east-1[abc]) fails/.exec(question.stem)?.[1] ?? '';
    const desired = Number(/runs (\d+) tasks/.exec(question.stem)?.[1]);
    const afterSession = play(situation.before, reveal.lines);
    expect(afterSession.state).toEqual(reveal.after.state);
    const after = ecsState(afterSession);
    const counts = runningByZone(after, 'web');
    const state = ecsState(situation.before);
    // Every task ran before the zone failed, and the rule gives one outcome, the engine's.
    expect(Object.values(runningByZone(state, 'web')).reduce((sum, count) => sum + count, 0)).toBe(desired);
    const room = new Map(
      state.containerInstances.map((ci) => {
        const left = remainingResources(ci);
        return [
          ci.attributes['ecs.availability-zone'] ?? '',
          Math.min(Math.floor(left.cpu / 256), Math.floor(left.memory / memoryOf(question.stem))),
        ];
      }),
    );
    expect(spreadOutcome(runningByZone(state, 'web'), room, failed)).toEqual(counts);
    const running = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(counts[failed]).toBe(0);
    expect(running).toBeLessThanOrEqual(desired);
    const memory = memoryOf(question.stem);
    const withRoom = after.containerInstances
      .filter((ci) => ci.status === 'ACTIVE' && ci.agentConnected)
      .filter((ci) => remainingResources(ci).cpu >= 256 && remainingResources(ci).memory >= memory);
    // Tasks are missing only when no instance has room for one more.
    if (running < desired) expect(withRoom).toEqual([]);
    // Nothing is still starting: the question's five minutes are enough to settle.
    expect(
      after.tasks.filter((task) => task.desiredStatus === 'RUNNING' && task.lastStatus !== 'RUNNING'),
    ).toEqual([]);
    const text = rightOption(question)?.text ?? '';
    for (const [az, count] of Object.entries(counts)) {
      if (count > 0) expect(text).toContain(`${count} in ${az}`);
      else expect(text).not.toContain(az);
    }
  },
  'scheduler-next-node': ({ question, situation, reveal }) => {
    const state = eksState(situation.before);
    const cpu = millicores(/`cpu: (\d+m?)`/.exec(question.stem)?.[1] ?? '');
    const memory = mebibytes(/`memory: (\d+[MG]i)`/.exec(question.stem)?.[1] ?? '');
    const zone = /topology\.kubernetes\.io\/zone: (us-east-1[abc])/.exec(question.stem)?.[1];
    // The filters as the lesson states them: schedulable, the nodeSelector, and requests that fit.
    const passing = state.nodes.filter((node) => {
      const used = requestedOn(state, node.name);
      return (
        !node.unschedulable &&
        (zone === undefined || node.zone === zone) &&
        node.allocatable.cpu - used.cpu >= cpu &&
        node.allocatable.memory - used.memory >= memory
      );
    });
    const answer = rightOption(question)?.text ?? '';
    const placed = eksState(reveal.after).pods.find((pod) => pod.labels['app'] === 'api');
    if (passing.length === 0) {
      expect(answer).toBe('None of them: the pod stays Pending');
      expect(placed?.nodeName).toBeNull();
    } else {
      const chosen = passing.find((node) => answer.startsWith(`${node.name.split('.')[0]} `));
      expect(chosen).toBeDefined();
      expect(placed?.nodeName).toBe(chosen?.name);
      // LeastAllocated: no passing node has both more CPU and more memory left than the chosen one.
      const left = (name: string) => {
        const node = state.nodes.find((candidate) => candidate.name === name)!;
        const used = requestedOn(state, name);
        return { cpu: node.allocatable.cpu - used.cpu, memory: node.allocatable.memory - used.memory };
      };
      const mine = left(chosen!.name);
      for (const other of passing) {
        const theirs = left(other.name);
        expect(theirs.cpu > mine.cpu && theirs.memory > mine.memory).toBe(false);
      }
    }
  },
  'task-definition-verdict': ({ question, situation }) => {
    const definition = JSON.parse(situation.file?.text ?? '{}');
    const container = definition.containerDefinitions[0];
    const broken: Record<string, boolean> = {
      [messages.FARGATE_NEEDS_AWSVPC]: definition.networkMode !== 'awsvpc',
      [messages.FARGATE_NEEDS_MEMORY]: definition.memory === undefined,
      [messages.INVALID_TASK_CPU]:
        definition.memory !== undefined &&
        !isValidFargateSize(Number(definition.cpu), Number(definition.memory)),
      [messages.FARGATE_ECR_NEEDS_EXECUTION_ROLE]: definition.executionRoleArn === undefined,
      [messages.AWSVPC_PORTS_MUST_MATCH]: container.portMappings.some(
        (mapping: { containerPort: number; hostPort?: number }) =>
          mapping.hostPort !== undefined && mapping.hostPort !== mapping.containerPort,
      ),
      [messages.NO_ESSENTIAL]: container.essential === false,
    };
    const answer = rightOption(question)?.text ?? '';
    const anyBroken = Object.values(broken).some(Boolean);
    if (answer === REGISTERS) expect(anyBroken).toBe(false);
    else expect(broken[answer]).toBe(true);
    // No other option names a rule this definition breaks, so exactly one answer is right.
    if (question.kind === 'single')
      for (const option of question.options)
        if (option.id !== question.answer) expect(broken[option.text] ?? false).toBe(false);
  },
  'fargate-task-size': fargateEcr.fargateTaskSize,
  'ecr-push-layers': fargateEcr.ecrPushLayers,
  'lifecycle-policy-expiry': fargateEcr.lifecyclePolicyExpiry,
  'tasks-per-instance': ({ question, situation }) => {
    const state = ecsState(situation.before);
    const ci = state.containerInstances[0];
    const definition = state.taskDefinitions[0];
    expect(ci).toBeDefined();
    expect(definition).toBeDefined();
    if (ci === undefined || definition === undefined || question.kind !== 'value') return;
    const cpu = Number(definition.cpu);
    const memory = Number(definition.memory);
    const limits = [Math.floor(ci.registered.cpu / cpu), Math.floor(ci.registered.memory / memory)];
    if (definition.networkMode === 'awsvpc') limits.push(ci.registered.enis);
    expect(question.answer).toBe(Math.min(...limits));
    expect(question.answer).toBeGreaterThan(0);
  },
};

describe('generated questions', () => {
  it('every generator has an oracle', () => {
    expect(Object.keys(ORACLES).sort()).toEqual(GENERATORS.map((generator) => generator.id).sort());
  });

  for (const generator of GENERATORS) {
    describe(generator.id, () => {
      it(
        'builds a valid question whose one right answer is the engine’s, the same every time from a seed',
        async () => {
          await fc.assert(
            fc.asyncProperty(seeds, async (seed) => {
              // Each case runs minutes of simulated ECS: let the worker's RPC through now and then.
              await breathe(20);
              const generated = generator.generate(seed);
              const { question } = generated;
              expect(questionSchema.parse(question)).toEqual(question);
              expect(question.id).toBe(`generated/${generator.id}`);
              expect(question.skill).toBe(generator.skill);
              if (question.kind === 'single') {
                const texts = question.options.map((option) => option.text);
                expect(new Set(texts).size).toBe(texts.length);
                const right = question.options.filter(
                  (option) => gradeResponse(question, { kind: 'single', choice: option.id }).correct,
                );
                expect(right).toHaveLength(1);
              }
              if (question.kind === 'multiple') {
                const ids = question.options.map((option) => option.id);
                expect(new Set(question.options.map((option) => option.text)).size).toBe(ids.length);
                expect(new Set(question.answer).size).toBe(question.answer.length);
                expect(question.answer.every((id) => ids.includes(id))).toBe(true);
                // Some option is wrong to tick, and the one right set grades right.
                expect(question.answer.length).toBeLessThan(ids.length);
                expect(gradeResponse(question, { kind: 'multiple', choices: question.answer }).correct).toBe(
                  true,
                );
              }
              ORACLES[generator.id]?.(generated);
              expect(comparable(findGenerator(generator.id)?.generate(seed) as GeneratedQuestion)).toEqual(
                comparable(generated),
              );
            }),
            SLOW[generator.id] ?? runs,
          );
        },
        fuzzTimeout(5),
      );
    });
  }
});
