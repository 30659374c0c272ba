'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { GENERATOR_CATALOG, GENERATOR_IDS, generatorInfo } from '@/lib/quiz/generators/catalog';
import { parseQuestionHash, questionHash } from '@/lib/quiz/generators/link';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { SimLoading } from '@/components/sim/sim-loading';
import { randomSeed } from '@/components/sim/random-seed';
import { KindChooser } from './kind-chooser';
import { goToQuestion, settleQuestion, useQuestionHash } from './use-question-hash';

// The engine and the picture load only once a question is asked.
const GeneratedQuestionView = dynamic(
  () => import('./generated-question-view').then((module) => module.GeneratedQuestionView),
  { ssr: false, loading: () => <SimLoading title="Building the question" /> },
);

/**
 * /practice/generated: questions the simulators build from a seed. The question lives in the
 * URL hash (`#kind:seed`), so a link reopens the same one, and Back returns to the last.
 */
export function GeneratedPractice() {
  const hash = useQuestionHash();
  const parsed = parseQuestionHash(hash, GENERATOR_IDS);
  const first = GENERATOR_CATALOG[0].id;

  // No seed yet (a bare kind, or nothing at all): pick one and write it into the address. Read from
  // the address itself: the first render after hydration still holds the server's empty hash.
  useEffect(() => {
    const now = parseQuestionHash(window.location.hash, GENERATOR_IDS);
    const needsSeed = now === null ? first : now.ok && now.seed === null ? now.generator : null;
    if (needsSeed !== null) settleQuestion(questionHash(needsSeed, randomSeed()));
  }, [hash, first]);

  const current =
    parsed !== null && parsed.ok && parsed.seed !== null
      ? { generator: parsed.generator, seed: parsed.seed }
      : null;
  // Once the learner asks for a question here, each new one takes the focus; one opened from a link does not.
  const [askedHere, setAskedHere] = useState(false);
  const ask = (generator: string) => {
    setAskedHere(true);
    goToQuestion(questionHash(generator, randomSeed()));
  };

  return (
    <div className="space-y-8">
      <KindChooser kinds={GENERATOR_CATALOG} current={current?.generator ?? null} onChoose={ask} />
      {parsed !== null && !parsed.ok && (
        <div role="alert" className="rounded-xl border-2 border-amber-600 p-4 dark:border-amber-400">
          <p className="font-semibold">This link does not open a question.</p>
          <p className="mt-1">{parsed.reason}</p>
        </div>
      )}
      {/* Always there, so the first question is announced too. */}
      <p className="sr-only" aria-live="polite">
        {current === null ? '' : `${generatorInfo(current.generator)?.title}, seed ${current.seed}`}
      </p>
      {current !== null && (
        <ErrorBoundary key={`${current.generator}:${current.seed}`} label="the generated question">
          <GeneratedQuestionView
            key={`${current.generator}:${current.seed}`}
            generator={current.generator}
            seed={current.seed}
            onNext={() => ask(current.generator)}
            takeFocus={askedHere}
          />
        </ErrorBoundary>
      )}
    </div>
  );
}
