'use client';

import { useId, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import {
  CUSTOM_MINUTES_PER_QUESTION,
  CUSTOM_PASS_SCALED,
  draftExam,
  EXAM_FORMATS,
  isSubmitted,
  startExam,
  type ExamFormat,
} from '@/lib/quiz/exam';
import type { PracticeData } from '../practice-data';
import { UNREADABLE_EXAM_KEY, useExamAttempt } from './use-exam-attempt';

const CUSTOM_SIZES = [10, 20, 40] as const;

/** Outside render: a fresh order per exam and the wall clock the countdown starts from. */
const newSeed = () => Math.floor(Math.random() * 2 ** 31);
const wallClock = () => Date.now();

function minutesText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}

/** Exam mode: the real formats (drawn from the skills each exam covers) or a custom size. */
export function ExamStart({ questions, skills }: Pick<PracticeData, 'questions' | 'skills'>) {
  const router = useRouter();
  const { load, setAttempt } = useExamAttempt(new Map(questions.map((question) => [question.id, question.kind])));
  const sizeId = useId();
  const [customSize, setCustomSize] = useState<(typeof CUSTOM_SIZES)[number]>(20);
  const inProgress = load.kind === 'ok' && !isSubmitted(load.attempt) ? load.attempt : null;
  // Until the saved exam is read, a Start could replace an exam in progress without asking.
  const blocked = inProgress !== null || load.kind === 'loading';
  const lastResults = load.kind === 'ok' && isSubmitted(load.attempt) ? load.attempt : null;

  const skillsFor = (format: ExamFormat) =>
    new Set(skills.filter((skill) => skill.certifications.includes(format.certification)).map((skill) => skill.id));

  function begin(format: Parameters<typeof startExam>[0], ids: readonly string[], durationMs: number) {
    setAttempt(startExam(format, ids, durationMs, wallClock()));
    router.push('/practice/exam/');
  }

  return (
    <section aria-labelledby="exam-mode" className="space-y-4">
      <h2 id="exam-mode" className="text-2xl font-semibold">
        Exam mode
      </h2>
      <p className="max-w-[65ch] text-[var(--fg-soft)]">
        Timed like the real exam, with the questions whose skills serve that exam&apos;s domains. No feedback until you
        submit; flag questions to come back to them. Your exam survives a reload or a closed tab, and submits
        itself when time runs out. The score maps your share right onto AWS&apos;s 100–1,000 scale in a straight
        line: AWS&apos;s own scaling is not published, so treat it as a guide.
      </p>
      {load.kind === 'unreadable' && (
        <p role="alert" className="rounded-xl border border-amber-600 p-4 dark:border-amber-400">
          Your saved exam could not be read: {load.reason}. It is kept aside in this browser&apos;s storage as{' '}
          <code>{UNREADABLE_EXAM_KEY}</code>. Start a new one below.
        </p>
      )}
      {inProgress && (
        <div className="border-accent-600 dark:border-accent-400 rounded-xl border-2 p-4">
          <p className="font-semibold">You have an exam in progress: {inProgress.title}.</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => router.push('/practice/exam/')}
              className="bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-4 py-2 font-semibold text-white"
            >
              Resume the exam
            </button>
          </div>
        </div>
      )}
      {lastResults && (
        <p>
          <Link href="/practice/exam/" className="text-accent-700 dark:text-accent-300 font-medium underline">
            See the results of your last exam ({lastResults.title})
          </Link>{' '}
          <span className="text-[var(--fg-soft)]">(starting another replaces them)</span>
        </p>
      )}
      <ul className="grid gap-3 sm:grid-cols-2">
        {EXAM_FORMATS.map((format) => {
          const draft = draftExam(questions, skillsFor(format), format.questions, format.minutes, 0);
          const short = draft.ids.length < format.questions;
          return (
            <li key={format.id} className="flex flex-col rounded-xl border border-[var(--border)] p-4">
              <p className="font-semibold">
                {format.title} <span className="font-normal text-[var(--fg-soft)]">({format.code})</span>
              </p>
              <p className="mt-1 text-sm text-[var(--fg-soft)]">
                Real exam: {format.questions} questions in {format.minutes} minutes, pass mark {format.passScaled}.
              </p>
              <p className="mt-1 flex-1 text-sm">
                {short
                  ? `The course has ${draft.ids.length} questions for it so far: ${draft.ids.length} questions in ${minutesText(draft.durationMs)}, the real pace.`
                  : `${format.questions} questions in ${format.minutes} minutes.`}
              </p>
              <button
                type="button"
                disabled={blocked || draft.ids.length === 0}
                onClick={() => {
                  const { ids, durationMs } = draftExam(questions, skillsFor(format), format.questions, format.minutes, newSeed());
                  begin({ format: format.id, title: `${format.title} (${format.code}) format`, passScaled: format.passScaled }, ids, durationMs);
                }}
                className="hover:border-accent-500 mt-3 min-h-11 self-start rounded-lg border border-[var(--border)] px-4 py-2 font-medium disabled:cursor-not-allowed disabled:opacity-50"
              >
                Start<span className="sr-only"> the {format.code} format exam</span>
              </button>
            </li>
          );
        })}
        <li className="flex flex-col rounded-xl border border-[var(--border)] p-4">
          <p className="font-semibold">Custom size</p>
          <p className="mt-1 text-sm text-[var(--fg-soft)]">
            Questions from every lesson, {CUSTOM_MINUTES_PER_QUESTION} minutes each, pass mark {CUSTOM_PASS_SCALED}.
          </p>
          <div className="mt-2 flex flex-1 items-center gap-2 text-sm">
            <label htmlFor={sizeId}>Questions</label>
            <select
              id={sizeId}
              value={customSize}
              onChange={(event) => setCustomSize(Number(event.target.value) as (typeof CUSTOM_SIZES)[number])}
              className="min-h-11 rounded-lg border border-[var(--border)] bg-[var(--bg)] px-2"
            >
              {CUSTOM_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={blocked}
            onClick={() => {
              const { ids, durationMs } = draftExam(questions, null, customSize, customSize * CUSTOM_MINUTES_PER_QUESTION, newSeed());
              begin({ format: 'custom', title: `Custom exam of ${ids.length} questions`, passScaled: CUSTOM_PASS_SCALED }, ids, durationMs);
            }}
            className="hover:border-accent-500 mt-3 min-h-11 self-start rounded-lg border border-[var(--border)] px-4 py-2 font-medium disabled:cursor-not-allowed disabled:opacity-50"
          >
            Start<span className="sr-only"> a custom exam</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
