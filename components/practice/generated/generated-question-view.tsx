'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { encodeShareLink } from '@/lib/sim/core/share-link';
import { findGenerator } from '@/lib/quiz/generators';
import { learnHref } from '@/lib/quiz/generators/catalog';
import { questionHash } from '@/lib/quiz/generators/link';
import type { GeneratedQuestion } from '@/lib/quiz/generators/types';
import { QuestionCard } from '@/components/quiz/question-card';
import { RevealPanel } from './reveal-panel';
import { SituationFacts } from './situation-facts';
import { SituationPicture } from './situation-picture';

type Built = { ok: true; generated: GeneratedQuestion } | { ok: false; reason: string };

function build(generator: string, seed: number): Built {
  const found = findGenerator(generator);
  if (found === undefined)
    return { ok: false, reason: `There is no kind of question called "${generator}".` };
  try {
    return { ok: true, generated: found.generate(seed) };
  } catch (error) {
    // A generator that finds no usable situation for a seed is a bug worth reporting, not a crash.
    return {
      ok: false,
      reason: `Seed ${seed} did not give a usable question (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/**
 * One generated question: the situation in the simulator's picture and the file it is about, the
 * question, then the engine plays the asked command and says why. The heavy part of the page,
 * loaded only when a question is shown.
 */
export function GeneratedQuestionView({
  generator,
  seed,
  onNext,
  takeFocus,
}: {
  generator: string;
  seed: number;
  onNext: () => void;
  /** Asked from this page (not opened from a link): move the focus, and the view, to the new situation. */
  takeFocus: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const built = useMemo(() => build(generator, seed), [generator, seed]);
  const [answered, setAnswered] = useState(false);
  const after = answered && built.ok ? built.generated.reveal.after : null;
  if (!built.ok) {
    return (
      <div role="alert" className="rounded-xl border-2 border-red-600 p-4 dark:border-red-400">
        <h2 ref={heading} tabIndex={-1} className="font-semibold focus:outline-none">
          This question could not be built.
        </h2>
        <p className="mt-1">
          {built.reason} Ask for a new question; please report this link if it keeps happening.
        </p>
        <button
          type="button"
          onClick={onNext}
          className="bg-accent-700 hover:bg-accent-800 mt-3 min-h-11 rounded-lg px-4 py-2 font-semibold text-white"
        >
          New question
        </button>
      </div>
    );
  }
  const { generated } = built;
  const { situation } = generated;
  const info = findGenerator(generator);
  const questionUrl =
    typeof window === 'undefined'
      ? ''
      : `${window.location.origin}${window.location.pathname}${questionHash(generator, seed)}`;
  return (
    <div className="space-y-6">
      <section aria-labelledby="situation-title" className="space-y-4">
        <h2
          id="situation-title"
          ref={heading}
          tabIndex={-1}
          className="text-xl font-semibold focus:outline-none"
        >
          The situation <span className="text-base font-normal text-[var(--fg-soft)]">· seed {seed}</span>
        </h2>
        {situation.picture !== null && (
          <SituationPicture
            picture={situation.picture}
            before={situation.before}
            after={after}
            explain={answered}
          />
        )}
        {situation.file !== null && (
          <div>
            <p className="font-mono text-sm font-semibold">{situation.file.name}</p>
            <pre tabIndex={0} className="mt-1 overflow-x-auto rounded-lg bg-[var(--bg-soft)] p-3 text-sm">
              {situation.file.text}
            </pre>
          </div>
        )}
        {situation.facts !== null && <SituationFacts facts={situation.facts} />}
      </section>
      <div className="rounded-2xl border-2 border-[var(--border)] p-4 text-lg sm:p-6">
        <QuestionCard
          question={generated.question}
          onAnswered={() => setAnswered(true)}
          next={{ label: 'New question', onNext }}
          focusOnMount={false}
          learnHref={info === undefined ? undefined : learnHref(info)}
        />
      </div>
      {answered && (
        <RevealPanel
          reveal={generated.reveal}
          simulatorHref={
            after === null || situation.picture === null
              ? null
              : `/simulators/${situation.picture}/${encodeShareLink(after)}`
          }
          simulatorName={situation.picture === 'eks' ? 'EKS' : 'ECS'}
          questionUrl={questionUrl}
        />
      )}
    </div>
  );
}
