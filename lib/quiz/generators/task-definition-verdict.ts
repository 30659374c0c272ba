import { createSession } from '@/lib/sim/core/session';
import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { ECR_REGISTRY, roleArn } from '@/lib/sim/ecs/catalog';
import { FARGATE_SIZES } from '@/lib/sim/ecs/taskdef/fargate-sizes';
import * as messages from '@/lib/sim/ecs/taskdef/messages';
import { createLogGroup, registerTaskDefinition } from '@/lib/sim/ecs/presets/lines';
import { createPicker, type Picker } from './picker';
import { runEcsLine } from './situation';
import { optionId } from './ecs-lines';
import { catalogEntry, questionBase } from './catalog-entry';
import type { GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('task-definition-verdict');
const FAMILIES = ['api', 'orders', 'worker', 'checkout'] as const;
/** How the AWS CLI prints RegisterTaskDefinition's refusal; the rest of the line is ECS's message. */
const ERROR_PREFIX =
  'An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ';
export const REGISTERS = 'It registers: the family gets revision 1.';

type Definition = Record<string, unknown> & { containerDefinitions: Record<string, unknown>[] };

/** One thing wrong with a Fargate task definition, and what ECS says about it. */
interface Fault {
  readonly message: string;
  /** Why ECS says it, as the explanation of its option. */
  readonly why: string;
  readonly apply: (definition: Definition, pick: Picker) => Definition;
}

const container = (definition: Definition) => definition.containerDefinitions[0] as Record<string, unknown>;

function withContainer(definition: Definition, change: Record<string, unknown>): Definition {
  return { ...definition, containerDefinitions: [{ ...container(definition), ...change }] };
}

const FAULTS: readonly Fault[] = [
  {
    message: messages.INVALID_TASK_CPU,
    why: 'Fargate runs only the sizes in its table: each CPU value allows a set range of memory, and this pair is not in it.',
    apply: (definition, pick) => {
      const cpu = Number(definition['cpu']);
      const allowed = FARGATE_SIZES.find((size) => size.cpu === cpu)?.memory ?? [];
      const wrong = [256, 3072, 20480, 32768, 122880].filter((memory) => !allowed.includes(memory));
      return { ...definition, memory: String(pick.one(wrong)) };
    },
  },
  {
    message: messages.FARGATE_NEEDS_AWSVPC,
    why: 'Every Fargate task gets its own network interface, so Fargate accepts only the awsvpc network mode.',
    apply: (definition) => ({ ...definition, networkMode: 'bridge' }),
  },
  {
    message: messages.FARGATE_ECR_NEEDS_EXECUTION_ROLE,
    why: 'On Fargate the task execution role is what pulls a private Amazon ECR image; with no executionRoleArn nothing can.',
    apply: ({ executionRoleArn: _dropped, ...rest }) => rest as Definition,
  },
  {
    message: messages.FARGATE_NEEDS_MEMORY,
    why: 'A Fargate task is sized at the task level: cpu and memory both have to be there.',
    apply: ({ memory: _dropped, ...rest }) => rest as Definition,
  },
  {
    message: messages.AWSVPC_PORTS_MUST_MATCH,
    why: 'In awsvpc mode the task has its own IP address, so there is no host port to map: hostPort must be left out or equal containerPort.',
    apply: (definition) =>
      withContainer(definition, { portMappings: [{ containerPort: 8080, hostPort: 80 }] }),
  },
  {
    message: messages.NO_ESSENTIAL,
    why: 'A task stops when an essential container stops; a definition with no essential container at all is refused.',
    apply: (definition) => withContainer(definition, { essential: false }),
  },
];

function validDefinition(pick: Picker): Definition {
  const family = pick.one(FAMILIES);
  const size = pick.one(FARGATE_SIZES.slice(0, 4));
  return {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: String(size.cpu),
    memory: String(pick.one(size.memory)),
    executionRoleArn: roleArn('ecsTaskExecutionRole'),
    containerDefinitions: [
      {
        name: family,
        image: `${ECR_REGISTRY}/${family}:${pick.one(['1.0.0', '2.3.1', '4.0.2'])}`,
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': `/ecs/${family}`,
            'awslogs-region': 'us-east-1',
            'awslogs-stream-prefix': 'ecs',
          },
        },
      },
    ],
  };
}

/** What ECS answered, in its own words: the refusal message, or REGISTERS. */
export function verdictOf(output: string, isError: boolean): string {
  if (!isError) return REGISTERS;
  const line = output.split('\n').find((text) => text.startsWith(ERROR_PREFIX));
  return line === undefined ? (output.split('\n')[0] ?? output) : line.slice(ERROR_PREFIX.length);
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  const valid = validDefinition(pick);
  const fault = pick.chance(0.2) ? null : pick.one(FAULTS);
  const definition = fault === null ? valid : fault.apply(valid, pick);
  const setup = [createLogGroup(`/ecs/${String(definition['family'])}`)];
  const askLine = registerTaskDefinition(definition);
  let before = createSession(ecsSimulator.engine, seed);
  for (const line of setup) before = runEcsLine(before, line).session;
  const asked = runEcsLine(before, askLine);
  const verdict = verdictOf(asked.output, asked.isError);
  const known = FAULTS.find((candidate) => candidate.message === verdict);
  const others = pick.some(
    [REGISTERS, ...FAULTS.map((candidate) => candidate.message)].filter((text) => text !== verdict),
    3,
  );
  const texts = pick.some([verdict, ...others], 4);
  const options = texts.map((text, index) => ({
    id: optionId(index),
    text,
    explanation: explain(text, verdict, known),
  }));
  return {
    generator: INFO.id,
    seed,
    question: {
      ...questionBase(INFO, 'medium', [19]),
      kind: 'single',
      stem: `You register this task definition for Fargate with \`aws ecs register-task-definition --cli-input-json file://${String(definition['family'])}.json\`. What does ECS answer?`,
      options,
      answer: options[texts.indexOf(verdict)]?.id ?? 'a',
    },
    situation: {
      picture: null,
      lines: setup,
      before,
      facts: null,
      file: { name: `${String(definition['family'])}.json`, text: JSON.stringify(definition, null, 2) },
    },
    reveal: {
      lines: [askLine],
      after: asked.session,
      output: asked.isError ? asked.output : `${verdict} The console printed the new revision's JSON.`,
      reasoning: [
        'ECS checks a Fargate task definition before registering it: awsvpc networking, a task-level cpu and memory that form a Fargate size, an execution role for private ECR images and awslogs, port mappings that fit the network mode, and at least one essential container.',
        known !== undefined
          ? known.why
          : verdict === REGISTERS
            ? 'This one passes every check.'
            : 'This is the first rule it breaks.',
      ],
    },
  };
}

function explain(text: string, verdict: string, known: Fault | undefined): string {
  if (text === verdict)
    return text === REGISTERS
      ? 'Right: every check passes.'
      : `Right: ${known?.why ?? 'this is the first rule it breaks.'}`;
  if (text === REGISTERS) return 'ECS refuses it: read the definition for the rule it breaks.';
  const fault = FAULTS.find((candidate) => candidate.message === text);
  return `ECS says this when a definition breaks another rule. ${fault?.why ?? ''} This definition does not.`.trim();
}

export const taskDefinitionVerdict: QuestionGenerator = { ...INFO, generate };
