'use client';

import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { isAnswered, isSubmitted, submit, submitIfTimeUp, type ExamAttempt } from '@/lib/quiz/exam';
import type { Question } from '@/lib/content/schemas';
import { gradeResponse } from '@/lib/quiz/grade';
import { DEFAULT_FILTER } from '@/lib/quiz/practice';
import { startRound } from '@/lib/quiz/practice-round';
import { updateProgress } from '@/components/progress/progress-store';
import { recordReview } from '@/components/progress/record-review';
import type { PracticeData } from '../practice-data';
import { savePracticeRound } from '../use-practice-round';
import { ExamResults } from './exam-results';
import { ExamTaking } from './exam-taking';
import { UNREADABLE_EXAM_KEY, useExamAttempt } from './use-exam-attempt';

/** Once submitted, every answered question counts in the learner's progress and skill levels. */
function recordAnswers(attempt: ExamAttempt, byId: ReadonlyMap<string, Question>) {
  const at = new Date(attempt.submittedAt ?? attempt.startedAt).toISOString();
  updateProgress((progressLibrary, progress) =>
    attempt.ids.reduce((next, id) => {
      const question = byId.get(id);
      const response = attempt.responses[id];
      if (!question || !response || !isAnswered(attempt, byId, id)) return next;
      return progressLibrary.recordAnswer(next, id, gradeResponse(question, response).correct, at, response);
    }, progress),
  );
  const when = new Date(at);
  for (const id of attempt.ids) {
    const question = byId.get(id);
    const response = attempt.responses[id];
    if (question && response && isAnswered(attempt, byId, id)) recordReview(`question:${id}`, gradeResponse(question, response).correct, when);
  }
}

/** /practice/exam: the exam in progress, or its results once submitted. */
export function ExamApp({ questions, lessons, skills }: PracticeData) {
  const router = useRouter();
  const byId = useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
  const knownIds = useMemo(() => new Set(byId.keys()), [byId]);
  const { load, setAttempt } = useExamAttempt(knownIds);
  const [now, setNow] = useState(() => Date.now());
  const attempt = load.kind === 'ok' ? load.attempt : null;
  const running = attempt !== null && !isSubmitted(attempt);

  function finish(done: ExamAttempt) {
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
    if (attempt === null || isSubmitted(attempt)) return;
    const checked = submitIfTimeUp(attempt, now);
    if (checked !== attempt) finish(checked);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, now]);

  if (load.kind === 'loading') return <p className="text-[var(--fg-soft)]">Loading your exam…</p>;
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
        savePracticeRound(startRound({ ...DEFAULT_FILTER, size: 0 }, ids));
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
