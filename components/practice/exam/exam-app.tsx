'use client';

import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { gradedAnswers, isSubmitted, submit, submitIfTimeUp, type ExamAttempt } from '@/lib/quiz/exam';
import type { Question } from '@/lib/content/schemas';
import { DEFAULT_FILTER } from '@/lib/quiz/practice';
import { startRound } from '@/lib/quiz/practice-round';
import { updateProgress } from '@/components/progress/progress-store';
import { recordReview } from '@/components/progress/record-review';
import type { PracticeData } from '../practice-data';
import { savePracticeRound } from '../use-practice-round';
import { ExamResults } from './exam-results';
import { ExamTaking } from './exam-taking';
import { submittedElsewhere, UNREADABLE_EXAM_KEY, useExamAttempt } from './use-exam-attempt';
import { useProgress } from '@/components/progress/use-progress';

/** Once submitted, every answered question counts in the learner's progress, skill levels and reviews. */
function recordAnswers(attempt: ExamAttempt, byId: ReadonlyMap<string, Question>) {
  const at = new Date(attempt.submittedAt ?? attempt.startedAt);
  const graded = gradedAnswers(attempt, byId);
  updateProgress((progressLibrary, progress) =>
    graded.reduce(
      (next, { id, correct, response }) => progressLibrary.recordAnswer(next, id, correct, at.toISOString(), response),
      progress,
    ),
  );
  for (const { id, correct } of graded) recordReview(`question:${id}`, correct, at);
}

/** /practice/exam: the exam in progress, or its results once submitted. */
export function ExamApp({ questions, lessons, skills }: PracticeData) {
  const router = useRouter();
  const byId = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const kinds = useMemo(() => new Map(questions.map((question) => [question.id, question.kind])), [questions]);
  const { load, setAttempt } = useExamAttempt(kinds);
  const [now, setNow] = useState(() => Date.now());
  const attempt = load.kind === 'ok' ? load.attempt : null;
  const running = attempt !== null && !isSubmitted(attempt);

  // Answers go into progress: wait for it, or an exam that ran out while the tab was closed
  // would be submitted before progress had loaded, and its answers lost.
  const progressReady = useProgress() !== null;

  function finish(done: ExamAttempt) {
    if (submittedElsewhere(done)) return; // the storage event brings that tab's result here
    setAttempt(done);
    recordAnswers(done, byId);
  }

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  // Time up, now or while the tab was closed: submit with the answers given by then.
  useEffect(() => {
    if (!progressReady || attempt === null || isSubmitted(attempt)) return;
    const checked = submitIfTimeUp(attempt, now);
    if (checked !== attempt) finish(checked);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, now, progressReady]);

  if (load.kind === 'loading' || !progressReady) return <p className="text-[var(--fg-soft)]">Loading your exam…</p>;
  if (load.kind === 'unreadable' || attempt === null)
    return (
      <div className="space-y-3">
        {load.kind === 'unreadable' ? (
          <p role="alert">
            Your saved exam could not be read: {load.reason}. It is kept aside in this browser&apos;s storage as{' '}
            <code>{UNREADABLE_EXAM_KEY}</code>; answers you had already submitted are in your progress.
          </p>
        ) : (
          <p>No exam in progress.</p>
        )}
        <Link href="/practice/" className="text-accent-700 dark:text-accent-300 font-medium underline">
          Choose an exam on the practice page
        </Link>
      </div>
    );

  if (!isSubmitted(attempt))
    return (
      <ExamTaking
        attempt={attempt}
        byId={byId}
        now={now}
        onChange={setAttempt}
        onSubmit={() => finish(submit(attempt, Date.now()))}
      />
    );

  return (
    <ExamResults
      attempt={attempt}
      byId={byId}
      lessons={lessons}
      skills={skills}
      onRetryMissed={(ids) => {
        savePracticeRound(startRound({ ...DEFAULT_FILTER, size: 0 }, ids, 'list'));
        setAttempt(null);
        router.push('/practice/');
      }}
      onNewExam={() => {
        setAttempt(null);
        router.push('/practice/');
      }}
    />
  );
}
