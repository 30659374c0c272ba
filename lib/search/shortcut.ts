/**
 * When a key press opens search. The browser-facing code describes the key and where focus is;
 * this decides, so the rule is tested without a DOM.
 */

export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Something else (a simulator's `/` for its console, a talk's keys) already took the key. */
  readonly defaultPrevented: boolean;
  /** Held down: one press opens search once. */
  readonly repeat: boolean;
  /** An input method is composing text (Japanese, Chinese, …): the key is part of a word. */
  readonly isComposing: boolean;
}

export interface ShortcutTarget {
  /** Focus is in a text input, a textarea, a select, contenteditable or a CodeMirror editor. */
  readonly typing: boolean;
  /** Focus is inside something that uses `/` itself: a simulator, whose `/` types in its console. */
  readonly ownsSlash: boolean;
  /** A modal dialog is open (an inspector, the key sheet, search itself): it has the keys. */
  readonly dialogOpen: boolean;
}

export type SearchShortcut = 'slash' | 'mod-k';

/** Which shortcut the key is, regardless of where focus is: `/`, or Ctrl+K / Cmd+K. */
export function searchShortcutOf(key: ShortcutKey): SearchShortcut | null {
  if (key.altKey) return null;
  if (key.key === '/' && !key.ctrlKey && !key.metaKey) return 'slash';
  if ((key.key === 'k' || key.key === 'K') && key.ctrlKey !== key.metaKey) return 'mod-k';
  return null;
}

/**
 * True when the key should open search: `/` or Ctrl+K / Cmd+K, except while typing, while a dialog
 * is open, or (for `/`) inside a simulator, which uses `/` to reach its console.
 */
export function opensSearch(key: ShortcutKey, target: ShortcutTarget): boolean {
  const shortcut = searchShortcutOf(key);
  if (shortcut === null || key.repeat || key.isComposing || key.defaultPrevented) return false;
  if (target.typing || target.dialogOpen) return false;
  return shortcut === 'mod-k' || !target.ownsSlash;
}
