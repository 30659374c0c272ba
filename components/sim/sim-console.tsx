'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSim, useSimEntry, useSimStore } from './sim-context';
import { ConsoleOutput } from './console-output';

function commonPrefix(values: readonly string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0] ?? '';
  for (const value of values) while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * The simulated terminal. Lines go through the same parser and engine as `npm run sim`, so what
 * prints here is exactly what the headless runner prints. Up/Down walk the history; Tab completes.
 */
export function SimConsole() {
  const entries = useSim((state) => state.consoleEntries);
  const history = useSim((state) => state.history);
  const runLine = useSim((state) => state.runLine);
  const clearConsole = useSim((state) => state.clearConsole);
  const store = useSimStore();
  const entry = useSimEntry();
  const [value, setValue] = useState('');
  const [historyIndex, setHistoryIndex] = useState<number | null>(null);
  const [hint, setHint] = useState('');
  const outputRef = useRef<HTMLDivElement>(null);
  const inputId = useId();

  useEffect(() => {
    const output = outputRef.current;
    if (output) output.scrollTop = output.scrollHeight;
  }, [entries.length]);

  function submit() {
    const line = value;
    setValue('');
    setHistoryIndex(null);
    setHint('');
    if (line.trim() === 'clear') return clearConsole();
    runLine(line);
  }

  function complete() {
    const candidates = entry.completions(value, store.getState().session.state);
    if (candidates.length === 0) return setHint('No completions.');
    if (candidates.length === 1) {
      setValue(candidates[0] ?? value);
      return setHint('');
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > value.length) setValue(prefix);
    setHint(
      candidates
        .slice(0, 12)
        .map((candidate) => candidate.trim().split(' ').pop())
        .join('  '),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Tab' && value.trim() !== '') {
      event.preventDefault();
      complete();
    } else if (event.key === 'ArrowUp' && history.length > 0) {
      event.preventDefault();
      const index = historyIndex === null ? history.length - 1 : Math.max(0, historyIndex - 1);
      setHistoryIndex(index);
      setValue(history[index] ?? '');
    } else if (event.key === 'ArrowDown' && historyIndex !== null) {
      event.preventDefault();
      const index = historyIndex + 1;
      setHistoryIndex(index >= history.length ? null : index);
      setValue(index >= history.length ? '' : (history[index] ?? ''));
    } else if (event.key === 'l' && event.ctrlKey) {
      event.preventDefault();
      clearConsole();
    }
  }

  return (
    <section role="group" aria-labelledby={`${inputId}-title`} className="flex min-h-0 min-w-0 flex-col">
      <h3 id={`${inputId}-title`} className="mb-2 text-sm font-semibold">
        Console <span className="font-normal text-[var(--fg-soft)]">(type help)</span>
      </h3>
      <div className="flex flex-col rounded-lg border border-stone-700 bg-stone-950 font-mono text-sm text-stone-100 sm:text-[0.9375rem]">
        <div
          ref={outputRef}
          role="log"
          aria-label="Console output"
          tabIndex={0}
          className="h-64 overflow-auto p-3 lg:h-72"
        >
          {entries.length === 0 && <p className="text-stone-400">Try: {entry.exampleLine}</p>}
          {entries.map((consoleEntry) => (
            <div key={consoleEntry.id} className="mb-2">
              <p className="text-stone-400">
                <span aria-hidden="true">$ </span>
                <span className="text-stone-100">{consoleEntry.line}</span>
              </p>
              {consoleEntry.output && (
                <ConsoleOutput output={consoleEntry.output} isError={consoleEntry.isError} />
              )}
            </div>
          ))}
        </div>
        <div className="focus-within:ring-accent-400 flex items-center gap-2 border-t border-stone-700 px-3 py-2 focus-within:ring-2">
          <span aria-hidden="true" className="text-accent-300">
            $
          </span>
          <label htmlFor={inputId} className="sr-only">
            Command
          </label>
          <input
            id={inputId}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="send"
            data-sim-console
            className="min-w-0 flex-1 bg-transparent py-1 text-base text-stone-100 outline-none placeholder:text-stone-500"
            placeholder={entry.exampleLine}
          />
        </div>
        <p aria-live="polite" className="min-h-[1.5rem] px-3 pb-2 text-sm text-stone-400">
          {hint}
        </p>
      </div>
    </section>
  );
}
