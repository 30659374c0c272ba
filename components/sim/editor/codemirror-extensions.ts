import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';

/**
 * The editor's setup, kept to what a JSON or YAML form needs (no `codemirror` meta package): line
 * numbers, bracket matching, undo history, the language's highlighting and the lint gutter. Tab is deliberately not
 * bound, CodeMirror's accessible default (codemirror.net/examples/tab): Tab leaves the editor.
 * Colours are the site's CSS variables and Tailwind classes, so the editor follows the light or
 * dark theme without reconfiguring.
 */

const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], class: 'font-semibold text-[var(--fg)]' },
  { tag: [tags.comment, tags.meta], class: 'text-[var(--fg-soft)] italic' },
  { tag: tags.string, class: 'text-accent-700 dark:text-accent-300' },
  { tag: [tags.number, tags.bool, tags.null], class: 'text-[var(--fg-soft)] font-semibold' },
  { tag: [tags.brace, tags.squareBracket, tags.separator], class: 'text-[var(--fg-soft)]' },
]);

const siteTheme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--bg)',
    color: 'var(--fg)',
    fontSize: '1.125rem',
    // The editor grows with its text and the dialog scrolls: a second scrolling box inside the
    // dialog would be one more thing to reach by keyboard (axe: scrollable-region-focusable).
    minHeight: '16rem',
  },
  '&.cm-focused': { outline: '3px solid var(--color-accent-500)', outlineOffset: '-3px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.6' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)', borderLeftWidth: '2px' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg-soft)',
    color: 'var(--fg-soft)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--bg-soft) 70%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--border)', color: 'var(--fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--color-accent-400) 35%, transparent)',
  },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'color-mix(in srgb, var(--color-accent-400) 30%, transparent)',
    outline: '1px solid var(--color-accent-500)',
  },
  '.cm-tooltip': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg)', border: '1px solid var(--border)' },
  '.cm-diagnostic': { whiteSpace: 'pre-wrap', fontFamily: 'var(--font-mono)', fontSize: '0.95rem' },
  '.cm-panels': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg)' },
});

export function editorExtensions(
  attributes: { readonly label: string; readonly describedBy: string },
  onChange: (text: string) => void,
  language: Extension = json(),
): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    language,
    syntaxHighlighting(highlight),
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({
      'aria-label': attributes.label,
      'aria-describedby': attributes.describedBy,
    }),
    siteTheme,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
}
