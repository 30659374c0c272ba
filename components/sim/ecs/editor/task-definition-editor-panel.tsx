'use client';

import { useCallback, useId, useRef, useState } from 'react';
import { StatusIcon } from '@/components/ui/status-icon';
import { registerLine } from '@/lib/taskdef-editor/check-draft';
import { draftFamily, draftFileName } from '@/lib/taskdef-editor/draft-file-name';
import { registerableJson, revisionLabel } from '@/lib/taskdef-editor/registerable-json';
import { latestActiveRevision } from '@/lib/sim/ecs/taskdef';
import { ECS_EXAMPLE_FILES } from '@/lib/sim/ecs/example-files';
import type { EcsState, TaskDefinition } from '@/lib/sim/ecs/types';
import { useSimStore } from '../../sim-context';
import { EditorToolbar, toolButton } from './editor-toolbar';
import { ExportSection } from './export-section';
import { CodeEditor, type CodeEditorHandle } from '../../editor/code-editor';
import { useKeepDraftOnClose } from '../../editor/use-keep-draft';
import { rememberDraft, SEED_FILE, startingDraft } from './last-draft';
import { useDraftCheck } from './use-draft-check';
import { ValidationStatus } from './validation-status';

type Outcome =
  { readonly ok: true; readonly label: string } | { readonly ok: false; readonly output: string };

/**
 * The editor's content (loaded with next/dynamic only when the dialog opens): the JSON, the
 * console's live verdict on it, Register revision, and Export. Closing keeps the draft in the
 * console's files under its file name, where reopening finds it.
 */
export function TaskDefinitionEditorPanel() {
  const store = useSimStore();
  const [initialText] = useState(() => startingDraft(store));
  const [text, setText] = useState(initialText);
  const [recheck, setRecheck] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const hintId = useId();
  const check = useDraftCheck(text, recheck);
  const fileName = draftFileName(text);

  // Keep the draft on close: the console reads it as file://NAME, and reopening starts from it.
  const keep = useCallback(
    (last: string) => {
      const name = draftFileName(last);
      store.getState().writeFile(name, last);
      rememberDraft(store, name);
    },
    [store],
  );
  useKeepDraftOnClose(text, initialText, keep);

  const replaceText = useCallback((next: string) => {
    editor.current?.replaceText(next);
    editor.current?.focus();
    setOutcome(null);
  }, []);

  const register = () => {
    const { writeFile, runLine } = store.getState();
    writeFile(fileName, text);
    rememberDraft(store, fileName);
    runLine(registerLine(fileName));
    const after = store.getState();
    const entry = after.consoleEntries.at(-1);
    const family = draftFamily(text);
    const added = family === null ? undefined : latestActiveRevision(after.session.state as EcsState, family);
    setOutcome(
      entry === undefined || entry.isError || added === undefined
        ? { ok: false, output: entry?.output ?? '' }
        : { ok: true, label: revisionLabel(added) },
    );
    setRecheck((count) => count + 1);
  };

  return (
    <div className="flex flex-col gap-4">
      <EditorToolbar
        onLoadSeed={() => replaceText(ECS_EXAMPLE_FILES[SEED_FILE] ?? '')}
        onOpenRevision={(definition: TaskDefinition) => replaceText(registerableJson(definition))}
      />
      <p id={hintId} className="text-sm text-[var(--fg-soft)]">
        JSON of file://{fileName}. Tab moves on to the next control. Ctrl+Shift+M lists the problems and F8
        goes to the next one; Ctrl+Z undoes (⌘ instead of Ctrl on a Mac).
      </p>
      <div>
        <CodeEditor
          ref={editor}
          initialText={initialText}
          label="Task definition JSON"
          describedBy={hintId}
          onChange={setText}
          diagnostics={check?.diagnostics ?? []}
          diagnosticsFor={check?.text ?? ''}
        />
      </div>
      <ValidationStatus check={check} fileName={fileName} />
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className={toolButton} onClick={register}>
            Register revision
          </button>
          <code className="font-mono text-sm wrap-anywhere text-[var(--fg-soft)]">
            {registerLine(fileName)}
          </code>
        </div>
        <div role="status" aria-live="polite">
          {outcome !== null &&
            (outcome.ok ? (
              <p className="text-accent-700 dark:text-accent-300 flex items-center gap-2 font-semibold">
                <StatusIcon status="correct" className="size-5" />
                Registered {outcome.label}.
              </p>
            ) : (
              <div className="font-semibold text-red-800 dark:text-red-300">
                <p className="flex items-center gap-2">
                  <StatusIcon status="wrong" className="size-5" />
                  Not registered: the console printed
                </p>
                <pre className="mt-1 font-mono text-sm font-normal wrap-anywhere whitespace-pre-wrap text-[var(--fg)]">
                  {outcome.output}
                </pre>
              </div>
            ))}
        </div>
      </div>
      <ExportSection text={text} fileName={fileName} />
    </div>
  );
}
