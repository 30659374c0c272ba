'use client';

import { setDiagnostics } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { EditorDiagnostic } from '@/lib/taskdef-editor/cli-diagnostics';
import { editorExtensions } from './codemirror-extensions';

export interface CodeEditorHandle {
  /** Replaces the whole text as one undoable change. */
  replaceText(text: string): void;
  focus(): void;
}

/**
 * CodeMirror 6 over a JSON text (or another `language`, e.g. YAML). It owns the document (typing never re-renders React); the parent
 * hears each change and hands back diagnostics for the text they were computed from.
 */
export function CodeEditor({
  initialText,
  label,
  describedBy,
  onChange,
  diagnostics,
  diagnosticsFor,
  language,
  ref,
}: {
  initialText: string;
  label: string;
  /** The id of the text that explains the keys (Tab leaves the editor). */
  describedBy: string;
  onChange: (text: string) => void;
  diagnostics: readonly EditorDiagnostic[];
  /** The text the diagnostics describe; they are shown only while the editor still holds it. */
  diagnosticsFor: string;
  /** The language extension; JSON when left out. */
  language?: Extension;
  ref?: Ref<CodeEditorHandle>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (host.current === null) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialText,
        extensions: editorExtensions(
          { label, describedBy },
          (text) => latestOnChange.current(text),
          language,
        ),
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is created once; later texts arrive through replaceText.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current === null || current.state.doc.toString() !== diagnosticsFor) return;
    const length = current.state.doc.length;
    const placed = diagnostics.map((d) => ({
      from: Math.min(d.from, length),
      to: Math.min(d.to, length),
      severity: 'error' as const,
      message: d.message,
    }));
    current.dispatch(setDiagnostics(current.state, placed));
  }, [diagnostics, diagnosticsFor]);

  useImperativeHandle(ref, () => ({
    replaceText(text) {
      const current = view.current;
      if (current === null) return;
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: text } });
    },
    focus() {
      view.current?.focus();
    },
  }));

  return <div ref={host} className="overflow-hidden rounded-lg border border-[var(--border)]" />;
}
