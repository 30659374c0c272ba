'use client';

import { useState } from 'react';
import type { Reveal } from '@/lib/quiz/generators/types';

/** After the answer: what the engine did and why, the console's own words, and where to take it next. */
export function RevealPanel({
  reveal,
  simulatorHref,
  simulatorName,
  questionUrl,
}: {
  reveal: Reveal;
  /** The situation after the asked command, opened in the full simulator; null when it cannot be linked. */
  simulatorHref: string | null;
  /** "ECS" or "EKS", for the link's words. */
  simulatorName: string;
  questionUrl: string;
}) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(questionUrl);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <section
      aria-labelledby="reveal-title"
      className="rounded-2xl border-2 border-[var(--border)] p-4 sm:p-6"
    >
      <h2 id="reveal-title" className="text-xl font-semibold">
        How the simulator worked it out
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {reveal.reasoning.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {reveal.output !== null && (
        <div className="mt-4">
          <p className="font-medium">The console printed:</p>
          <pre
            tabIndex={0}
            className="mt-1 overflow-x-auto rounded-lg bg-[var(--bg-soft)] p-3 text-sm whitespace-pre-wrap"
          >
            {reveal.output}
          </pre>
        </div>
      )}
      <p className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2">
        {simulatorHref !== null && (
          // A new tab, so the question and its reasoning stay where they are.
          <a
            href={simulatorHref}
            target="_blank"
            rel="noopener"
            className="text-accent-700 dark:text-accent-300 font-medium underline"
          >
            Open this in the {simulatorName} simulator <span className="text-sm font-normal">(new tab)</span>
          </a>
        )}
        <button
          type="button"
          onClick={copy}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-3 py-1.5 text-sm font-medium"
        >
          <span aria-live="polite">
            {copied === 'copied'
              ? 'Link copied'
              : copied === 'failed'
                ? 'Could not copy: the link is in the address bar'
                : 'Copy a link to this question'}
          </span>
        </button>
      </p>
    </section>
  );
}
