import { describe, expect, it } from 'vitest';
import { emptyProgress } from './progress';
import { courseCompletion, drillSolvedAt, firstUnfinished, isLessonDone } from './selectors';
import { progressOf, T2 } from './testing/progress-driver';

const course = ['containers-101', 'ecs-basics', 'eks-intro'];

describe('isLessonDone', () => {
  it('is true only for lessons marked done', () => {
    const progress = progressOf().done('ecs-basics').reading('eks-intro', 'pods').build();
    expect(isLessonDone(progress, 'ecs-basics')).toBe(true);
    expect(isLessonDone(progress, 'eks-intro')).toBe(false);
    expect(isLessonDone(progress, 'unknown')).toBe(false);
  });
});

describe('courseCompletion', () => {
  it('counts done lessons among the course lessons, with a whole percent', () => {
    expect(courseCompletion(progressOf().done('ecs-basics').build(), course)).toEqual({
      done: 1,
      total: 3,
      percent: 33,
    });
  });

  it('rounds down, so 100 percent means every lesson is done', () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `l${i}`);
    const nearly = slugs
      .slice(0, 199)
      .reduce((driver, slug) => driver.done(slug), progressOf())
      .build();
    expect(courseCompletion(nearly, slugs).percent).toBe(99);
  });

  it('ignores finished lessons the course no longer lists, and duplicate slugs', () => {
    const progress = progressOf().done('retired-lesson').done('ecs-basics').build();
    expect(courseCompletion(progress, [...course, 'ecs-basics'])).toEqual({ done: 1, total: 3, percent: 33 });
  });

  it('is zero percent for a course without lessons', () => {
    expect(courseCompletion(emptyProgress(), [])).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe('firstUnfinished', () => {
  it('returns the first lesson in course order that is not done', () => {
    expect(firstUnfinished(progressOf().done('containers-101').done('eks-intro').build(), course)).toBe(
      'ecs-basics',
    );
  });

  it('returns undefined when every lesson is done', () => {
    const all = course.reduce((driver, slug) => driver.done(slug), progressOf()).build();
    expect(firstUnfinished(all, course)).toBeUndefined();
  });
});

describe('drillSolvedAt', () => {
  it('is the time of the first solve, or undefined for a drill not solved', () => {
    const progress = progressOf().solved('d/one', T2).build();
    expect(drillSolvedAt(progress, 'd/one')).toBe(T2);
    expect(drillSolvedAt(progress, 'd/two')).toBeUndefined();
    expect(drillSolvedAt(emptyProgress(), 'd/one')).toBeUndefined();
    expect(drillSolvedAt(progress, 'constructor')).toBeUndefined();
  });
});
