/**
 * What each question generator is, without the engine that builds its questions: the practice
 * page, the course map and the review list import this, and load the generators only when a
 * question is shown.
 */
import { GENERATED_PREFIX, generatedQuestionId } from './generated-id';

export interface GeneratorInfo {
  readonly id: string;
  /** A short name for the chooser: "Binpack: the next host". */
  readonly title: string;
  /** One line on what it asks. */
  readonly summary: string;
  readonly skill: string;
  /** The lesson and section (heading id) that teach it. */
  readonly lesson: string;
  readonly section: string;
}

export const GENERATOR_CATALOG = [
  {
    id: 'tasks-per-instance',
    title: 'How many tasks fit?',
    summary:
      'How many tasks of a given size one container instance can hold, and which resource runs out first.',
    skill: 'ecs-architecture',
    lesson: 'amazon-ecs',
    section: 'registered-and-remaining-resources',
  },
  {
    id: 'binpack-next-host',
    title: 'Binpack: the next host',
    summary: 'Which container instance binpack on memory chooses for the next task.',
    skill: 'ecs-services-placement',
    lesson: 'services-and-placement',
    section: 'strategies',
  },
  {
    id: 'az-failure',
    title: 'An Availability Zone fails',
    summary: 'Where a service’s tasks run after one zone is lost, and what no longer fits.',
    skill: 'ecs-services-placement',
    lesson: 'services-and-placement',
    section: 'strategies',
  },
  {
    id: 'task-definition-verdict',
    title: 'Is this task definition valid?',
    summary: 'What ECS answers when you register a Fargate task definition, in its own words.',
    skill: 'task-definitions',
    lesson: 'task-definitions',
    section: 'task-size-and-the-fargate-table',
  },
  {
    id: 'scheduler-next-node',
    title: 'Kubernetes: which node?',
    summary:
      'Where the kube-scheduler places a new pod, from its requests, a nodeSelector and cordoned nodes, or why it stays Pending.',
    skill: 'kubernetes-scheduling',
    lesson: 'kubernetes-scheduler',
    section: 'filter-then-score',
  },
  {
    id: 'fargate-task-size',
    title: 'Valid Fargate size?',
    summary:
      'Whether ECS registers a Fargate task of a given CPU and memory (and operating system), or refuses it, and why.',
    skill: 'fargate-sizing-pricing',
    lesson: 'aws-fargate',
    section: 'sizing-a-task',
  },
  {
    id: 'ecr-push-layers',
    title: 'Which layers are pushed?',
    summary:
      'After a change to an image already in ECR, which layers docker push uploads and which already exist.',
    skill: 'ecr',
    lesson: 'docker-images-and-ecr',
    section: 'pushing-an-image',
  },
  {
    id: 'lifecycle-policy-expiry',
    title: 'What does this lifecycle policy expire?',
    summary:
      'Which images of a repository an ECR lifecycle policy of one to three rules expires, and which rule does it.',
    skill: 'ecr-image-governance',
    lesson: 'docker-images-and-ecr',
    section: 'lifecycle-policies',
  },
] as const satisfies readonly GeneratorInfo[];

export type GeneratorId = (typeof GENERATOR_CATALOG)[number]['id'];

export const GENERATOR_IDS: readonly string[] = GENERATOR_CATALOG.map((info) => info.id);

export function generatorInfo(id: string): GeneratorInfo | undefined {
  return GENERATOR_CATALOG.find((info) => info.id === id);
}

export { GENERATED_PREFIX, generatedQuestionId } from './generated-id';

/** Each kind as the question it is recorded under, for mastery: one per kind, in its skill. */
export const GENERATED_QUESTIONS: readonly { readonly id: string; readonly skill: string }[] =
  GENERATOR_CATALOG.map((info) => ({ id: generatedQuestionId(info.id), skill: info.skill }));

/** The generator behind a recorded question id, or undefined for a bank question. */
export function generatorOfQuestion(questionId: string): GeneratorInfo | undefined {
  const [prefix, name = ''] = questionId.split('/');
  return prefix === GENERATED_PREFIX ? generatorInfo(name) : undefined;
}

/** Where "Learn this" goes for a generated question. */
export function learnHref(info: GeneratorInfo): string {
  return `/lessons/${info.lesson}/#${info.section}`;
}
