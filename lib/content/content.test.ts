import { describe, expect, it } from 'vitest';
import { ContentError, parseOrThrow } from './content-error';
import { extractHeadings, handsOnSections, loadLessonSource, readingMinutes } from './lessons';
import { loadCourseOutline } from './course';
import { loadQuizBank } from './banks';
import { checkAnswerKeys, findContentProblems } from './validate-content';
import { lessonFrontmatterSchema, quizBankSchema } from './schemas';

describe('parseOrThrow', () => {
  it('names the file and every field at fault', () => {
    const bad = {
      title: 'Containers',
      summary: 'Short but long enough.',
      objectives: ['Explain things'],
      minutes: '12',
      coverage: [40],
    };
    try {
      parseOrThrow(lessonFrontmatterSchema, bad, 'content/lessons/x.mdx', 'frontmatter');
      expect.unreachable('a bad frontmatter must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const message = (error as ContentError).message;
      expect(message).toContain('content/lessons/x.mdx');
      expect(message).toContain('frontmatter.minutes');
      expect(message).toContain('frontmatter.objectives');
      expect(message).toContain('frontmatter.coverage.0');
    }
  });

  it('rejects a question kind the practice system does not know', () => {
    const bank = {
      lesson: 'x',
      questions: [
        {
          id: 'x/q',
          kind: 'essay',
          skill: 's',
          section: 'a',
          difficulty: 'easy',
          coverage: [1],
          stem: 'Write an essay please.',
        },
      ],
    };
    expect(() => parseOrThrow(quizBankSchema, bank, 'content/quizzes/x.yaml')).toThrow(
      /content\/quizzes\/x\.yaml[\s\S]*questions\.0\.kind/,
    );
  });
});

describe('extractHeadings', () => {
  it('gives ## and ### headings the ids rehype-slug gives them, skipping code fences', () => {
    const body = [
      '## What a container is',
      '```bash',
      '## not a heading',
      '```',
      '### Images and `layers`',
      '## What a container is',
    ].join('\n');
    expect(extractHeadings(body)).toEqual([
      { depth: 2, text: 'What a container is', id: 'what-a-container-is' },
      { depth: 3, text: 'Images and layers', id: 'images-and-layers' },
      { depth: 2, text: 'What a container is', id: 'what-a-container-is-1' },
    ]);
  });

  it('strips a closing run of # only when a space comes before it', () => {
    expect(extractHeadings(['## Closed ##', '## C#'].join('\n')).map((heading) => heading.text)).toEqual([
      'Closed',
      'C#',
    ]);
  });
});

describe('checkAnswerKeys', () => {
  const option = (id: string) => ({ id, text: `Option ${id}`, explanation: 'Because it is so.' });
  const base = {
    skill: 's',
    section: 'a',
    difficulty: 'easy' as const,
    coverage: [1],
    stem: 'Which ones apply here?',
  };

  it('rejects a multiple-choice answer that names one option twice', () => {
    const question = {
      ...base,
      id: 'x/q',
      kind: 'multiple' as const,
      options: ['a', 'b', 'c', 'd'].map(option),
      answer: ['a', 'a'],
    };
    expect(checkAnswerKeys(question, 'q')).toEqual(['q: answers repeat']);
  });

  it('rejects repeated option ids in an ordering question', () => {
    const question = {
      ...base,
      id: 'x/o',
      kind: 'ordering' as const,
      options: ['a', 'b', 'a'].map(option),
      explanation: 'First things first.',
    };
    expect(checkAnswerKeys(question, 'o')).toEqual(['o: option ids repeat']);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});

describe('the course content', () => {
  it('passes every schema and every cross-reference', () => {
    expect(findContentProblems()).toEqual([]);
  });

  it('numbers lessons across the course in course.yaml order', () => {
    const outline = loadCourseOutline();
    expect(outline.lessons.map((lesson) => [lesson.number, lesson.slug])).toEqual([
      [1, 'compute-on-aws'],
      [2, 'what-is-a-container'],
      [3, 'containers-vs-vms'],
      [4, 'why-orchestration'],
      [5, 'amazon-ecs'],
      [6, 'task-definitions'],
      [7, 'services-and-placement'],
      [8, 'ecs-deployments'],
      [9, 'ecs-monitoring'],
      [10, 'ecs-failure-drills'],
      [11, 'docker-images-and-ecr'],
      [12, 'aws-fargate'],
      [13, 'kubernetes-and-eks'],
      [14, 'ecs-and-eks'],
      [15, 'kubernetes-scheduler'],
      [16, 'eks-node-failure-and-rollouts'],
      [17, 'scaling-pods-and-nodes'],
      [18, 'aws-container-family'],
      [19, 'choosing-your-compute'],
    ]);
  });

  // Questions per seed point: the coverage gate in coverage.test.ts.
  it('gives every written lesson at least 10 questions', () => {
    for (const lesson of loadCourseOutline().lessons) {
      const bank = loadQuizBank(lesson.slug);
      expect(bank.questions.length, lesson.slug).toBeGreaterThanOrEqual(10);
    }
  });

  it('ends every written lesson with a "Check yourself" section of at least six questions', () => {
    for (const lesson of loadCourseOutline().lessons) {
      const body = loadLessonSource(lesson.slug).body;
      const finalSection = body.slice(body.lastIndexOf('\n## '));
      expect(finalSection.startsWith('\n## Check yourself'), lesson.slug).toBe(true);
      const ids = new Set(finalSection.match(/"[a-z0-9-]+\/[a-z0-9-]+"/g));
      expect(ids.size, lesson.slug).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('handsOnSections', () => {
  it('marks a section and the ## above it when a simulator or drill is inside, and nothing past the next heading', () => {
    const body = [
      '## Placement',
      'Words.',
      '### Strategies',
      'More words.',
      '### Try it',
      '<EcsSimulator scenario="placement-playground" />',
      '## Services',
      '```mdx',
      '<Drill id="in-a-code-sample" />',
      '```',
      '## Drill: fix it',
      '<Drill id="task-definitions/fix-the-seed" />',
      '## Side by side',
      '<ComputeComparison />',
    ].join('\n');
    expect([...handsOnSections(body)].sort()).toEqual([
      'drill-fix-it',
      'placement',
      'side-by-side',
      'try-it',
    ]);
  });
});
