import { describe, expect, it } from 'vitest';
import { opensSearch, searchShortcutOf, type ShortcutKey, type ShortcutTarget } from './shortcut';

const press = (key: string, modifiers: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  repeat: false,
  isComposing: false,
  ...modifiers,
});
const page: ShortcutTarget = { typing: false, ownsSlash: false, dialogOpen: false };
const typing: ShortcutTarget = { ...page, typing: true };
const inSimulator: ShortcutTarget = { ...page, ownsSlash: true };

describe('searchShortcutOf', () => {
  it('knows / and Ctrl+K or Cmd+K, and nothing else', () => {
    expect(searchShortcutOf(press('/'))).toBe('slash');
    expect(searchShortcutOf(press('k', { ctrlKey: true }))).toBe('mod-k');
    expect(searchShortcutOf(press('k', { metaKey: true }))).toBe('mod-k');
    expect(searchShortcutOf(press('K', { ctrlKey: true }))).toBe('mod-k');
    expect(searchShortcutOf(press('k'))).toBeNull();
    expect(searchShortcutOf(press('k', { ctrlKey: true, metaKey: true }))).toBeNull();
    expect(searchShortcutOf(press('k', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(searchShortcutOf(press('/', { ctrlKey: true }))).toBeNull();
    expect(searchShortcutOf(press('?'))).toBeNull();
  });
});

describe('opensSearch', () => {
  it('opens with / or Ctrl+K from the page', () => {
    expect(opensSearch(press('/'), page)).toBe(true);
    expect(opensSearch(press('k', { ctrlKey: true }), page)).toBe(true);
    expect(opensSearch(press('k', { metaKey: true }), page)).toBe(true);
  });

  it('leaves / and Ctrl+K alone while the learner types in a field, contenteditable or an editor', () => {
    expect(opensSearch(press('/'), typing)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true }), typing)).toBe(false);
  });

  it('leaves / to a focused simulator, whose / types in its console, but Ctrl+K still opens search there', () => {
    expect(opensSearch(press('/'), inSimulator)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true }), inSimulator)).toBe(true);
  });

  it('does nothing when another handler already took the key', () => {
    expect(opensSearch(press('/', { defaultPrevented: true }), page)).toBe(false);
  });

  it('does nothing while a dialog is open, on a held key or mid-composition', () => {
    expect(opensSearch(press('/'), { ...page, dialogOpen: true })).toBe(false);
    expect(opensSearch(press('/', { repeat: true }), page)).toBe(false);
    expect(opensSearch(press('/', { isComposing: true }), page)).toBe(false);
  });

  it('ignores other keys', () => {
    expect(opensSearch(press('s'), page)).toBe(false);
    expect(opensSearch(press('Enter'), page)).toBe(false);
  });
});
