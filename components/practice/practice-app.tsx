'use client';

import { useMemo, useState } from 'react';
import { DEFAULT_FILTER, drawRound, lessonOf, matchingQuestions, type PracticeFilter } from '@/lib/quiz/practice';
import { advance, currentId, isOver, missedIds, recordResult, startRound } from '@/lib/quiz/practice-round';
import { masteryBySkill } from '@/lib/quiz/mastery';
import { GENERATED_QUESTIONS } from '@/lib/quiz/generators/catalog';
import { useProgress } from '@/components/progress/use-progress';
import type { PracticeData } from './practice-data';
import { PracticeSetup } from './practice-setup';
import { PracticeQuestionView } from './practice-question-view';
import { PracticeSummary } from './practice-summary';
import { SkillMasteryList } from './skill-mastery-list';
import { ReviewSection } from './review-section';
import { GeneratedKinds } from './generated/generated-kinds';
import { usePracticeRound } from './use-practice-round';

function countBy(ids: readonly string[], key: (id: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(key(id), (counts.get(key(id)) ?? 0) + 1);
  return counts;
}

/** A fresh seed per round, so "a new round" brings another order. Not part of any simulation. */
function roundSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/** /practice: choose, answer one question at a time with instant feedback, then see how it went. */
export function PracticeApp({ questions, lessons, skills, drills }: PracticeData) {
  const byId = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const knownIds = useMemo(() => new Set(byId.keys()), [byId]);
  const snapshot = useProgress();
  const answers = useMemo(() => snapshot?.progress.answers ?? {}, [snapshot]);
  const [filter, setFilter] = useState<PracticeFilter>(DEFAULT_FILTER);
  const { round, setRound, restoreNotice, dismissRestoreNotice } = usePracticeRound(knownIds);

  const matching = matchingQuestions(questions, filter, answers);
  // A generated kind counts as one question of its skill: its latest answer, whatever the seed.
  const mastery = masteryBySkill([...questions, ...GENERATED_QUESTIONS], answers);
  const masteryRows = skills
    .filter((skill) => mastery.has(skill.id))
    .map((skill) => ({ id: skill.id, title: skill.title, mastery: mastery.get(skill.id)! }));

  const [emptyNotice, setEmptyNotice] = useState<string | null>(null);

  function start(chosen: PracticeFilter) {
    setFilter(chosen);
    const next = startRound(chosen, drawRound(questions, chosen, answers, roundSeed()));
    // Possible from "a new round with the same choice": a "missed last time" pool all answered right.
    setEmptyNotice(next === null ? 'No question matches that choice any more: choose again below.' : null);
    setRound(next);
  }

  if (round !== null && !isOver(round)) {
    const question = byId.get(currentId(round) ?? '');
    if (question !== undefined) {
      return (
        <PracticeQuestionView
          round={round}
          question={question}
          onAnswered={(correct) => setRound(recordResult(round, question.id, correct))}
          onNext={() => setRound(advance(round))}
          onEnd={() => setRound({ ...round, position: round.ids.length })}
        />
      );
    }
  }

  if (round !== null) {
    return (
      <PracticeSummary
        round={round}
        questions={byId}
        lessons={lessons}
        skills={skills}
        onRetryMissed={() => setRound(startRound(round.filter, missedIds(round), 'list'))}
        onAgain={round.source === 'list' ? undefined : () => start(round.filter)}
        onChange={() => {
          setFilter(round.filter);
          setRound(null);
        }}
      />
    );
  }

  return (
    <div className="space-y-12">
      {emptyNotice && (
        <p role="status" className="rounded-xl border border-amber-600 p-4 dark:border-amber-400">
          {emptyNotice}
        </p>
      )}
      {restoreNotice && (
        <div role="alert" className="rounded-xl border border-amber-600 p-4 dark:border-amber-400">
          <p>{restoreNotice}</p>
          <button type="button" onClick={dismissRestoreNotice} className="mt-2 text-sm font-medium underline">
            Dismiss
          </button>
        </div>
      )}
      <ReviewSection
        questionIds={knownIds}
        drills={drills}
        onReview={(ids) => setRound(startRound({ ...DEFAULT_FILTER, size: 0 }, ids, 'list'))}
      />
      <GeneratedKinds />
      <PracticeSetup
        filter={filter}
        onChange={setFilter}
        lessons={lessons}
        skills={skills}
        countsByLesson={countBy(
          questions.map((question) => question.id),
          lessonOf,
        )}
        countsBySkill={countBy(
          questions.map((question) => question.id),
          (id) => byId.get(id)?.skill ?? '',
        )}
        matching={matching.length}
        onStart={() => start(filter)}
      />
      <section aria-labelledby="your-skills">
        <h2 id="your-skills" className="text-2xl font-semibold">
          Your skills
        </h2>
        <p className="mt-1 max-w-[65ch] text-[var(--fg-soft)]">
          Each level follows your latest answer to every question of the skill: a miss brings it down until you
          answer that question right again. Levels: attempted, familiar, proficient, mastered.
        </p>
        <div className="mt-4">
          <SkillMasteryList
            rows={masteryRows}
            onPractise={(skill) => start({ ...DEFAULT_FILTER, skills: [skill], size: 0 })}
          />
        </div>
      </section>
    </div>
  );
}
