'use client';

import { useState } from 'react';
import { cn } from '@/lib/cn';

const SHOWN_LINES = 24;

/**
 * One command's output, laid out as the terminal would (no wrapping: tables keep their columns and
 * scroll sideways). Long output, like run-instances JSON for 18 instances, is folded.
 */
export function ConsoleOutput({ output, isError }: { output: string; isError: boolean }) {
  const [expanded, setExpanded] = useState(false);
  const lines = output.split('\n');
  const folded = !expanded && lines.length > SHOWN_LINES + 4;
  return (
    <>
      <pre
        className={cn(
          // Tables keep their columns (the log scrolls sideways); errors and hints are prose and wrap.
          isError
            ? 'break-words whitespace-pre-wrap text-red-300'
            : 'w-max min-w-full whitespace-pre text-stone-200',
        )}
      >
        {folded ? lines.slice(0, SHOWN_LINES).join('\n') : output}
      </pre>
      {folded && (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          className="mt-1 rounded px-2 py-1 text-stone-300 underline hover:text-white"
        >
          Show {lines.length - SHOWN_LINES} more lines
        </button>
      )}
    </>
  );
}
