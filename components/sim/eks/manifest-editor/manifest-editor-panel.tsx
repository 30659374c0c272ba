'use client';

import { yaml } from '@codemirror/lang-yaml';
import { useCallback, useId, useRef, useState } from 'react';
import { StatusIcon } from '@/components/ui/status-icon';
import { applyLine, manifestFileName } from '@/lib/manifest-editor/check-manifest';
import { EKS_EXAMPLE_FILES } from '@/lib/sim/eks/example-files';
import { useSimStore } from '../../sim-context';
import type { SimStore } from '../../sim-store';
import { CodeEditor, type CodeEditorHandle } from '../../editor/code-editor';
import { useKeepDraftOnClose } from '../../editor/use-keep-draft';
import { toolButton } from '../../ecs/editor/editor-toolbar';
import { ManifestExport } from './manifest-export';
import { ManifestStatus } from './manifest-status';
import { useManifestCheck } from './use-manifest-check';

const YAML = yaml();
const FIRST_EXAMPLE = 'web.yaml';

/** The learner's last manifest per simulator store (its text lives in the store's files). */
const lastManifest = new WeakMap<SimStore, string>();

function startingText(store: SimStore): string {
  const name = lastManifest.get(store);
  const files = store.getState().files;
  if (name !== undefined && Object.hasOwn(files, name)) return files[name] ?? '';
  return EKS_EXAMPLE_FILES[FIRST_EXAMPLE] ?? '';
}

type Outcome = { readonly output: string; readonly isError: boolean };

/**
 * The manifest editor's content (loaded with next/dynamic when the dialog opens): YAML with
 * kubectl's verdict on it placed on the field it names, Apply (the console's own `kubectl apply -f`),
 * and Export. Closing keeps the text in the console's files under its name, where reopening finds it.
 */
export function ManifestEditorPanel() {
  const store = useSimStore();
  const [initialText] = useState(() => startingText(store));
  const [text, setText] = useState(initialText);
  const [recheck, setRecheck] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const hintId = useId();
  const exampleId = useId();
  const fileName = manifestFileName(text);
  const check = useManifestCheck(text, fileName, recheck);

  // Closing keeps the text as a file of the console, where `kubectl apply -f` and reopening find it.
  const keep = useCallback(
    (last: string) => {
      const name = manifestFileName(last);
      store.getState().writeFile(name, last);
      lastManifest.set(store, name);
    },
    [store],
  );
  useKeepDraftOnClose(text, initialText, keep);

  const replaceText = useCallback((next: string) => {
    editor.current?.replaceText(next);
    editor.current?.focus();
    setOutcome(null);
  }, []);

  const apply = () => {
    const { writeFile, runLine } = store.getState();
    writeFile(fileName, text);
    lastManifest.set(store, fileName);
    runLine(applyLine(fileName));
    const entry = store.getState().consoleEntries.at(-1);
    setOutcome({ output: entry?.output ?? '', isError: entry?.isError ?? true });
    setRecheck((count) => count + 1);
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col">
        <label htmlFor={exampleId} className="text-sm font-medium text-[var(--fg-soft)]">
          Start from an example
        </label>
        <select
          id={exampleId}
          value=""
          onChange={(event) => {
            const example = EKS_EXAMPLE_FILES[event.target.value];
            if (example !== undefined) replaceText(example);
          }}
          className="min-h-11 w-fit rounded-lg border-2 border-[var(--border)] bg-[var(--bg)] px-3"
        >
          <option value="">Choose a file…</option>
          {Object.keys(EKS_EXAMPLE_FILES).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p id={hintId} className="text-sm text-[var(--fg-soft)]">
        YAML of {fileName} (named after the first object). Several objects go in one file, separated by a line
        with ---. Tab moves on to the next control. Ctrl+Shift+M lists the problems and F8 goes to the next
        one; Ctrl+Z undoes (⌘ instead of Ctrl on a Mac).
      </p>
      <CodeEditor
        ref={editor}
        initialText={initialText}
        label="Kubernetes manifest YAML"
        describedBy={hintId}
        onChange={setText}
        diagnostics={check?.diagnostics ?? []}
        diagnosticsFor={check?.text ?? ''}
        language={YAML}
      />
      <ManifestStatus check={check} fileName={fileName} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={toolButton} onClick={apply}>
          Apply
        </button>
        <code className="font-mono text-sm wrap-anywhere text-[var(--fg-soft)]">{applyLine(fileName)}</code>
      </div>
      <div role="status" aria-live="polite">
        {outcome !== null && (
          <div
            className={
              outcome.isError
                ? 'font-semibold text-red-800 dark:text-red-300'
                : 'text-accent-700 dark:text-accent-300 font-semibold'
            }
          >
            <p className="flex items-center gap-2">
              <StatusIcon status={outcome.isError ? 'wrong' : 'correct'} className="size-5" />
              {outcome.isError ? 'kubectl printed an error:' : 'Applied. kubectl printed:'}
            </p>
            <pre className="mt-1 font-mono text-sm font-normal wrap-anywhere whitespace-pre-wrap text-[var(--fg)]">
              {outcome.output}
            </pre>
          </div>
        )}
      </div>
      <ManifestExport current={{ name: fileName, text }} />
    </div>
  );
}
