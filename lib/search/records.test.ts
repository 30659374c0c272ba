import { describe, expect, it } from 'vitest';
import type { LessonSummary } from '@/lib/content/course';
import type { Question } from '@/lib/content/schemas';
import { glossaryRecords, questionRecords, type LessonIndex } from './records';
import { questionAnchor } from './kinds';

const lesson: LessonSummary = {
  slug: 'amazon-ecs',
  number: 5,
  title: 'Amazon ECS',
  summary: 'summary',
  objectives: [],
  minutes: 30,
  readingMinutes: 10,
  moduleId: 'ecs',
  moduleTitle: 'Amazon ECS',
};

const question = (id: string, section: string): Question => ({
  id,
  kind: 'single',
  skill: 'ecs-architecture',
  section,
  difficulty: 'easy',
  coverage: [15],
  stem: 'What does `ecs-agent` do on   an instance?',
  options: [
    { id: 'a', text: 'Registers it', explanation: 'Right, registration is the first call.' },
    { id: 'b', text: 'Runs `dockerd`', explanation: 'No, the explanation gives the answer away.' },
    { id: 'c', text: 'Nothing', explanation: 'No, it does quite a lot of things.' },
  ],
  answer: 'a',
});

const index: LessonIndex = {
  lessons: [lesson],
  headings: new Map([
    ['amazon-ecs', [{ depth: 2, text: 'The ECS container agent', id: 'the-ecs-container-agent' }]],
  ]),
  askedIn: new Map([['amazon-ecs/agent-where', 'amazon-ecs']]),
};

describe('questionRecords', () => {
  it('lands a question asked in a lesson on the question itself', () => {
    const [record] = questionRecords([question('amazon-ecs/agent-where', 'the-ecs-container-agent')], index);
    expect(record?.url).toBe('/lessons/amazon-ecs/#question-agent-where');
    expect(record?.meta).toEqual({
      title: 'Amazon ECS',
      kind: 'Question',
      context: 'Lesson 05 › Check yourself',
    });
    expect(record?.filters).toEqual({ kind: ['Question'], lesson: ['amazon-ecs'] });
  });

  it('lands a bank-only question on the section that teaches it, and names that section', () => {
    const [record] = questionRecords(
      [question('amazon-ecs/agent-reports', 'the-ecs-container-agent')],
      index,
    );
    expect(record?.url).toBe('/lessons/amazon-ecs/?question=agent-reports#the-ecs-container-agent');
    expect(record?.meta.context).toBe('Lesson 05 › The ECS container agent');
  });

  it('gives two questions taught by one section URLs of their own (Pagefind keeps one record per URL)', () => {
    const records = questionRecords(
      [
        question('amazon-ecs/one', 'the-ecs-container-agent'),
        question('amazon-ecs/two', 'the-ecs-container-agent'),
      ],
      index,
    );
    expect(new Set(records.map((record) => record.url)).size).toBe(2);
  });

  it('indexes the stem and the options without backticks, and never the explanations', () => {
    const [record] = questionRecords(
      [question('amazon-ecs/agent-reports', 'the-ecs-container-agent')],
      index,
    );
    expect(record?.content).toBe(
      'What does ecs-agent do on an instance?\nRegisters it\nRuns dockerd\nNothing',
    );
    expect(record?.content).not.toMatch(/explanation|registration|answer away/);
  });

  it('leaves out questions whose lesson is not written yet', () => {
    expect(questionRecords([question('future-lesson/one', 'intro')], index)).toEqual([]);
  });
});

describe('glossaryRecords', () => {
  it('lands each term on its anchor, with its aliases searchable and the lesson that teaches it', () => {
    const records = glossaryRecords(
      [
        {
          id: 'awsvpc',
          term: 'awsvpc network mode',
          definition: 'Each task gets its own ENI.',
          lesson: 'amazon-ecs',
          aliases: ['awsvpc'],
        },
        { id: 'pod', term: 'Pod', definition: 'The smallest deployable unit.', aliases: [] },
      ],
      [lesson],
    );
    expect(records.map((record) => record.url)).toEqual(['/glossary/#awsvpc', '/glossary/#pod']);
    expect(records[0]?.content).toBe('awsvpc network mode. Each task gets its own ENI. Also called: awsvpc.');
    expect(records[0]?.meta).toEqual({
      title: 'awsvpc network mode',
      kind: 'Glossary',
      context: 'Taught in 05 Amazon ECS',
    });
    expect(records[1]?.meta.context).toBe('Glossary');
  });
});

describe('questionAnchor', () => {
  it('is the question id after its lesson slug', () => {
    expect(questionAnchor('kubernetes-scheduler/two-phases')).toBe('question-two-phases');
  });
});
