import { describe, expect, it } from 'vitest';
import {
  bestSubResult,
  flattenGroups,
  toSearchHit,
  type PagefindResultData,
  type SearchGroup,
} from './results';

const lessonPage: PagefindResultData = {
  url: '/lessons/amazon-ecs/',
  excerpt: 'the page <mark>agent</mark>',
  meta: { title: 'Amazon ECS', kind: 'Lesson', context: 'Lesson 05' },
  sub_results: [
    {
      title: 'Amazon ECS',
      url: '/lessons/amazon-ecs/',
      excerpt: 'intro <mark>agent</mark>',
      weighted_locations: [{ balanced_score: 10 }],
    },
    {
      title: 'The ECS container agent',
      url: '/lessons/amazon-ecs/#the-ecs-container-agent',
      anchor: { id: 'the-ecs-container-agent' },
      excerpt: 'the <mark>agent</mark> registers &amp; reports',
      weighted_locations: [{ balanced_score: 30 }, { balanced_score: 25 }],
    },
    {
      title: 'Capacity',
      url: '/lessons/amazon-ecs/#capacity',
      anchor: { id: 'capacity' },
      excerpt: 'one <mark>agent</mark>',
      weighted_locations: [{ balanced_score: 40 }],
    },
  ],
};

describe('toSearchHit', () => {
  it('lands a lesson on the section where the words weigh most, and names it', () => {
    expect(toSearchHit('r1', lessonPage)).toEqual({
      id: 'r1',
      kind: 'Lesson',
      title: 'Amazon ECS',
      context: 'Lesson 05 › The ECS container agent',
      url: '/lessons/amazon-ecs/#the-ecs-container-agent',
      excerpt: [
        { text: 'the ', marked: false },
        { text: 'agent', marked: true },
        { text: ' registers & reports', marked: false },
      ],
    });
  });

  it('keeps the page itself, with that part’s excerpt, when the best match is before the first heading', () => {
    const hit = toSearchHit('r1', { ...lessonPage, sub_results: lessonPage.sub_results?.slice(0, 1) });
    expect(hit?.url).toBe('/lessons/amazon-ecs/');
    expect(hit?.context).toBe('Lesson 05');
    expect(hit?.excerpt.map((segment) => segment.text).join('')).toBe('intro agent');
  });

  it('treats the lesson title (its h1) as the page, not as a section', () => {
    const hit = toSearchHit('r1', {
      ...lessonPage,
      sub_results: [
        {
          title: 'Amazon ECS',
          url: '/lessons/amazon-ecs/#lesson-title',
          anchor: { id: 'lesson-title', element: 'h1' },
          excerpt: '<mark>Amazon</mark> ECS runs',
          weighted_locations: [{ balanced_score: 90 }],
        },
      ],
    });
    expect(hit).toMatchObject({ url: '/lessons/amazon-ecs/', context: 'Lesson 05' });
    expect(hit?.excerpt[0]).toEqual({ text: 'Amazon', marked: true });
  });

  it('keeps a glossary term’s own anchor and context', () => {
    const hit = toSearchHit('r2', {
      url: '/glossary/#awsvpc',
      excerpt: '<mark>awsvpc</mark> network mode',
      meta: { title: 'awsvpc network mode', kind: 'Glossary', context: 'Taught in 05 Amazon ECS' },
      sub_results: [{ title: 'awsvpc network mode', url: '/glossary/#awsvpc', excerpt: 'x' }],
    });
    expect(hit).toMatchObject({
      kind: 'Glossary',
      url: '/glossary/#awsvpc',
      context: 'Taught in 05 Amazon ECS',
    });
  });

  it('skips a record of a kind it does not know', () => {
    expect(toSearchHit('r3', { url: '/present/', excerpt: '', meta: { title: 'Present' } })).toBeNull();
    expect(toSearchHit('r3', { url: '/x/', excerpt: '', meta: { kind: 'Page' } })).toBeNull();
  });
});

describe('bestSubResult', () => {
  it('counts locations when Pagefind gives no weights, and keeps the first of equals', () => {
    const best = bestSubResult([
      { title: 'a', url: '#a', excerpt: '', locations: [1, 2] },
      { title: 'b', url: '#b', excerpt: '', locations: [3, 4] },
    ]);
    expect(best?.title).toBe('a');
    expect(bestSubResult([])).toBeUndefined();
  });
});

describe('flattenGroups', () => {
  it('lists hits group by group, as the arrow keys walk them', () => {
    const hit = (id: string) => ({
      id,
      kind: 'Lesson' as const,
      title: id,
      context: '',
      url: `/${id}/`,
      excerpt: [],
    });
    const groups: SearchGroup[] = [
      { kind: 'Lesson', label: 'Lessons', total: 2, hits: [hit('a'), hit('b')] },
      { kind: 'Glossary', label: 'Glossary', total: 9, hits: [hit('c')] },
    ];
    expect(flattenGroups(groups).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });
});
