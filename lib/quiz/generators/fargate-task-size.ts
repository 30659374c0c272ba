import { createSession } from '@/lib/sim/core/session';
import { ECR_REGISTRY, roleArn } from '@/lib/sim/ecs/catalog';
import { createLogGroup, registerTaskDefinition } from '@/lib/sim/ecs/presets/lines';
import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { FARGATE_SIZES } from '@/lib/sim/ecs/taskdef/fargate-sizes';
import * as messages from '@/lib/sim/ecs/taskdef/messages';
import { catalogEntry, questionBase } from './catalog-entry';
import { optionId } from './ecs-lines';
import {
  WINDOWS_MIN_CPU,
  memoryWords,
  sizeStanding,
  vcpuWords,
  type SizeStanding,
} from './fargate-size-facts';
import { blame, claim, cpuFact, rebuttal, why, type SizePair } from './fargate-size-words';
import { createPicker, type Picker } from './picker';
import { runEcsLine } from './situation';
import { REGISTERS, verdictOf } from './task-definition-verdict';
import type { GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('fargate-task-size');
const FAMILY = 'reports';
const WINDOWS = 'WINDOWS_SERVER_2022_CORE';
/** Task CPUs Fargate does not offer, close to ones it does: 1.5, 3, 6 and 12 vCPU. */
const MISSING_CPUS = [1536, 3072, 6144, 12288] as const;
/** Standings read straight off the table's ends; the rest need its steps, its CPUs or the Windows rule. */
const PLAIN: readonly SizeStanding[] = ['fits', 'memory-above', 'memory-below'];

interface Platform {
  readonly os: 'LINUX' | typeof WINDOWS;
  readonly arch: 'X86_64' | 'ARM64';
}

interface Draw {
  readonly cpu: number;
  readonly memory: number;
  /** Null when the definition leaves runtimePlatform out (Linux on X86_64). */
  readonly platform: Platform | null;
}

const rowAt = (index: number) => FARGATE_SIZES[index] ?? FARGATE_SIZES[0]!;

/**
 * A pair to ask about: a size from the table, or a near miss a learner might write: memory that
 * belongs to the next CPU up or down, a value between two steps, a CPU Fargate lacks, or a
 * Windows task below 1 vCPU. Each near miss breaks exactly one thing, so one reason is right.
 */
function drawPair(pick: Picker): { cpu: number; memory: number; windowsOnly: boolean } {
  const kind = pick.one([
    'fits',
    'fits',
    'fits',
    'above',
    'above',
    'below',
    'below',
    'step',
    'cpu',
    'windows',
  ]);
  // Mostly the sizes small services use; 8 and 16 vCPU now and then.
  const index = pick.chance(0.8) ? pick.int(0, 4) : pick.int(5, 6);
  const row = rowAt(index);
  const least = row.memory[0] ?? 0;
  const most = row.memory[row.memory.length - 1] ?? 0;
  switch (kind) {
    case 'above': {
      // Memory the next CPU up allows: 0.5 vCPU with 5 GB. The largest size has nothing above.
      const from = Math.min(index, FARGATE_SIZES.length - 2);
      const next = rowAt(from + 1).memory.filter((mib) => mib > (rowAt(from).memory.at(-1) ?? 0));
      return { cpu: rowAt(from).cpu, memory: pick.one(next.slice(0, 2)), windowsOnly: false };
    }
    case 'below': {
      // Memory the next CPU down allows: 4 vCPU with 6 GB.
      const from = Math.max(index, 1);
      const floor = rowAt(from).memory[0] ?? 0;
      const lower = rowAt(from - 1).memory.filter((mib) => mib < floor);
      return { cpu: rowAt(from).cpu, memory: pick.one(lower.slice(-2)), windowsOnly: false };
    }
    case 'step': {
      // Between two steps: 0.25 vCPU with 1.5 GB, 8 vCPU with 18 GB, 1 vCPU with 2.5 GB.
      const between: number[] = [];
      for (let mib = least + 512; mib < most; mib += 512) if (!row.memory.includes(mib)) between.push(mib);
      const whole = between.filter((mib) => mib % 1024 === 0);
      return { cpu: row.cpu, memory: pick.one(whole.length > 0 ? whole : between), windowsOnly: false };
    }
    case 'cpu': {
      const cpu = pick.one(MISSING_CPUS);
      return { cpu, memory: cpu * pick.one([2, 3, 4]), windowsOnly: false };
    }
    case 'windows': {
      const small = rowAt(pick.int(0, 1));
      return { cpu: small.cpu, memory: pick.one(small.memory), windowsOnly: true };
    }
    default:
      return { cpu: row.cpu, memory: pick.one(row.memory), windowsOnly: false };
  }
}

function drawPlatform(pick: Picker, cpu: number, windowsOnly: boolean): Platform | null {
  if (windowsOnly) return { os: WINDOWS, arch: 'X86_64' };
  if (!pick.chance(0.45)) return null;
  // Windows on Fargate: X86_64, 1 to 4 vCPU (§2.3 lists 8 and 16 vCPU for Linux only).
  if (cpu >= WINDOWS_MIN_CPU && cpu <= 4096 && pick.chance(0.3)) return { os: WINDOWS, arch: 'X86_64' };
  return { os: 'LINUX', arch: pick.one(['X86_64', 'ARM64'] as const) };
}

function draw(pick: Picker): Draw {
  const { cpu, memory, windowsOnly } = drawPair(pick);
  return { cpu, memory, platform: drawPlatform(pick, cpu, windowsOnly) };
}

function definition({ cpu, memory, platform }: Draw) {
  return {
    family: FAMILY,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: String(cpu),
    memory: String(memory),
    ...(platform === null
      ? {}
      : { runtimePlatform: { operatingSystemFamily: platform.os, cpuArchitecture: platform.arch } }),
    executionRoleArn: roleArn('ecsTaskExecutionRole'),
    containerDefinitions: [
      {
        name: FAMILY,
        image: `${ECR_REGISTRY}/${FAMILY}:2.1.0`,
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': `/ecs/${FAMILY}`,
            'awslogs-region': 'us-east-1',
            'awslogs-stream-prefix': 'ecs',
          },
        },
      },
    ],
  };
}

const platformWords = (platform: Platform | null) =>
  platform === null
    ? ''
    : platform.os === WINDOWS
      ? ', on Windows Server 2022'
      : `, on Linux and ${platform.arch === 'ARM64' ? 'ARM64 (Graviton)' : 'X86_64'}`;

/** Every standing a learner could pick for this task: Windows' rule only when the task is Windows. */
function standingsFor(draw: Draw): SizeStanding[] {
  const all: SizeStanding[] = ['fits', 'memory-above', 'memory-below', 'memory-off-step', 'no-such-cpu'];
  return draw.platform?.os === WINDOWS ? [...all, 'windows-too-small'] : all;
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  const drawn = draw(pick);
  const windows = drawn.platform?.os === WINDOWS;
  const file = definition(drawn);
  const setup = [createLogGroup(`/ecs/${FAMILY}`)];
  const askLine = registerTaskDefinition(file);
  let before = createSession(ecsSimulator.engine, seed);
  for (const line of setup) before = runEcsLine(before, line).session;
  const asked = runEcsLine(before, askLine);
  const verdict = verdictOf(asked.output, asked.isError);
  // The engine decides; the table only says which part of it the pair misses, so they must agree.
  const standing = sizeStanding(drawn.cpu, drawn.memory, windows);
  const pair: SizePair = { cpu: drawn.cpu, memory: drawn.memory, windows };
  const registered = verdict === REGISTERS;
  if (registered !== (standing === 'fits') || (!registered && verdict !== messages.INVALID_TASK_CPU))
    throw new Error(`${INFO.id}: ECS answered "${verdict}" for a pair the table reads as ${standing}`);
  const message = registered ? messages.INVALID_TASK_CPU : verdict;
  const others = standingsFor(drawn).filter((candidate) => candidate !== standing);
  // Always offer "it registers" (or, when it does, at least three refusals to weigh).
  const wrong =
    standing === 'fits'
      ? pick.some(others, 3)
      : [
          'fits' as const,
          ...pick.some(
            others.filter((o) => o !== 'fits'),
            2,
          ),
        ];
  const shown = pick.some([standing, ...wrong], wrong.length + 1);
  const options = shown.map((candidate, index) => ({
    id: optionId(index),
    text: claim(candidate, pair, message),
    explanation:
      candidate === standing
        ? `Right. ${cpuFact(drawn.cpu)} ${why(standing, pair)}${blame(standing)}`
        : rebuttal(candidate, pair),
  }));
  const size = `${vcpuWords(drawn.cpu)} and ${memoryWords(drawn.memory)}`;
  return {
    generator: INFO.id,
    seed,
    question: {
      ...questionBase(INFO, PLAIN.includes(standing) ? 'medium' : 'hard', [28]),
      kind: 'single',
      stem: `You register this task definition for Fargate: ${size} (\`"cpu": "${drawn.cpu}"\`, \`"memory": "${drawn.memory}"\`)${platformWords(drawn.platform)}. What does ECS answer?`,
      options,
      answer: optionId(shown.indexOf(standing)),
    },
    situation: {
      picture: null,
      lines: setup,
      before,
      facts: null,
      file: { name: `${FAMILY}.json`, text: JSON.stringify(file, null, 2) },
    },
    reveal: {
      lines: [askLine],
      after: asked.session,
      output: asked.isError ? asked.output : `${REGISTERS} The console printed the new revision’s JSON.`,
      reasoning: [
        'For a task definition that requires FARGATE, ECS checks the task-level cpu and memory against Fargate’s table: each task CPU allows only certain memory values.',
        cpuFact(drawn.cpu),
        ...(windows ? ['Windows tasks on Fargate need at least 1 vCPU, whatever the memory.'] : []),
        ...(drawn.platform?.arch === 'ARM64'
          ? [
              'The CPU architecture is not part of this check: ARM64 (Graviton) tasks take the same sizes as X86_64.',
            ]
          : []),
        registered
          ? `${size} is in the table, so ECS registers ${FAMILY}:1.`
          : `${why(standing, pair)} ECS refuses it with a ClientException: “${verdict}”.${blame(standing)}`,
      ],
    },
  };
}

export const fargateTaskSize: QuestionGenerator = { ...INFO, generate };
