import { describe, expect, it } from 'vitest';
import { describeDropped, loadNotice, saveNotice } from './notices';

describe('describeDropped', () => {
  it('counts lessons and answers in words', () => {
    expect(describeDropped([{ section: 'lessons', path: 'lessons.a' }])).toBe('1 lesson record');
    expect(
      describeDropped([
        { section: 'lessons', path: 'lessons.a' },
        { section: 'lessons', path: 'lessons.b' },
        { section: 'answers', path: 'answers.a/b' },
      ]),
    ).toBe('2 lesson records and 1 quiz answer record');
  });

  it('counts solved drill records', () => {
    expect(
      describeDropped([
        { section: 'drills', path: 'drills.a/b' },
        { section: 'answers', path: 'answers.a/b' },
      ]),
    ).toBe('1 quiz answer record and 1 solved drill record');
  });

  it('names the theme and unrecognised data without counting them', () => {
    expect(
      describeDropped([
        { section: 'answers', path: 'answers.a/b' },
        { section: 'answers', path: 'answers.a/c' },
        { section: 'preferences', path: 'preferences.theme' },
        { section: 'other', path: 'streak' },
        { section: 'other', path: 'badges' },
      ]),
    ).toBe('2 quiz answer records, your theme preference and some data Dockyard does not recognise');
  });
});

describe('loadNotice', () => {
  it('tells the learner the old data is kept when it was set aside', () => {
    expect(loadNotice('wrong-shape', { setAside: true })).toBe(
      'Your saved progress is not in a form Dockyard recognises, so Dockyard started a fresh record. The old data is kept; you can download it from “Your progress” on the course map.',
    );
  });

  it('asks for a download right away when the old data could not be set aside', () => {
    expect(loadNotice('damaged-json', { setAside: false })).toBe(
      'Your saved progress could not be read (it looks damaged), so Dockyard started a fresh record. The old data could not be set aside because this browser’s storage is full, so download it now from “Your progress” on the course map, before new progress replaces it.',
    );
  });

  it('tells the learner how to get data from a newer Dockyard back', () => {
    expect(loadNotice('newer-version', { setAside: true })).toBe(
      'Your saved progress was made by a newer version of Dockyard than this page, so Dockyard started a fresh record here. The old data is kept; you can download it from “Your progress” on the course map. Reload the page to get the newer version, then import the file from “Your progress” on the course map.',
    );
  });
});

describe('saveNotice', () => {
  it('distinguishes a full quota from blocked storage', () => {
    expect(saveNotice('quota')).toMatch(/storage is full/);
    expect(saveNotice('unavailable')).toMatch(/private browsing/);
  });
});
