import { describe, expect, it } from 'vitest';
import { describeIssue, formatIssuePath } from './issue-text';

describe('formatIssuePath', () => {
  it('writes identifiers with dots, indexes in brackets and other keys quoted', () => {
    expect(formatIssuePath('progress', ['lessons', 'ecs-basics', 'doneAt'])).toBe(
      'progress.lessons["ecs-basics"].doneAt',
    );
    expect(formatIssuePath('progress', ['done', 2])).toBe('progress.done[2]');
    expect(formatIssuePath('progress', [])).toBe('progress');
  });
});

describe('describeIssue', () => {
  it('names the field, the path and the reason in plain words', () => {
    expect(
      describeIssue('progress', {
        path: ['lessons', 'ecs-basics', 'done'],
        message: 'Invalid input: expected boolean, received string',
        code: 'invalid_type',
      }),
    ).toBe('invalid field "done" at progress.lessons["ecs-basics"].done (expected boolean, received string)');
  });

  it('says a field is missing rather than "received undefined"', () => {
    expect(
      describeIssue('progress', {
        path: ['answers'],
        message: 'Invalid input: expected record, received undefined',
      }),
    ).toBe('invalid field "answers" at progress.answers (is missing)');
  });

  it('names an unknown field by its own path', () => {
    expect(
      describeIssue('progress', {
        path: ['lessons', 'a'],
        message: 'Unrecognized key',
        code: 'unrecognized_keys',
        keys: ['stars'],
      }),
    ).toBe('unknown field "stars" at progress.lessons.a.stars');
  });

  it('names an invalid record key and where it is', () => {
    expect(
      describeIssue('progress', {
        path: ['lessons', 'Bad Key'],
        message: 'Invalid key in record',
        code: 'invalid_key',
      }),
    ).toBe('invalid key "Bad Key" in progress.lessons (must be a lesson slug or question id)');
  });
});
