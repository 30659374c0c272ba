'use client';

import { useEffect, useState } from 'react';
import type { Question } from '@/lib/content/schemas';
import { EXAM_KEY, type ExamAttempt } from '@/lib/quiz/exam';

/** Every question the course has, with its kind: what a saved exam is checked against. */
export type QuestionKinds = ReadonlyMap<string, Question['kind']>;

export function saveExam(attempt: ExamAttempt | null) {
  try {
    if (attempt === null) window.localStorage.removeItem(EXAM_KEY);
    else window.localStorage.setItem(EXAM_KEY, JSON.stringify(attempt));
  } catch {
    // Storage unavailable: the exam goes on in this page; a reload would lose it.
  }
}

/** A damaged exam is moved aside, not deleted, so it can still be read by hand. */
export const UNREADABLE_EXAM_KEY = `${EXAM_KEY}:unreadable`;

function setAside(text: string) {
  try {
    window.localStorage.setItem(UNREADABLE_EXAM_KEY, text);
    window.localStorage.removeItem(EXAM_KEY);
  } catch {
    // Storage full or unavailable: leave it where it is.
  }
}

/** Whether another tab has already submitted this exam (same start), so it must not be recorded again. */
export function submittedElsewhere(attempt: ExamAttempt): boolean {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(EXAM_KEY) ?? 'null');
    return (
      typeof stored === 'object' &&
      stored !== null &&
      (stored as { startedAt?: unknown }).startedAt === attempt.startedAt &&
      typeof (stored as { submittedAt?: unknown }).submittedAt === 'number'
    );
  } catch {
    return false;
  }
}

export type ExamLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly attempt: ExamAttempt }
  | { readonly kind: 'unreadable'; readonly reason: string };

async function readExam(kinds: QuestionKinds): Promise<ExamLoad> {
  let saved: string | null = null;
  try {
    saved = window.localStorage.getItem(EXAM_KEY);
  } catch {
    saved = null;
  }
  if (saved === null) return { kind: 'none' };
  const { restoreExam } = await import('@/lib/quiz/restore-exam');
  const restored = restoreExam(saved, kinds);
  if (restored.kind === 'ok') return { kind: 'ok', attempt: restored.value };
  if (restored.kind === 'unreadable') {
    setAside(saved);
    return { kind: 'unreadable', reason: restored.reason };
  }
  return { kind: 'none' };
}

/**
 * The exam kept in local storage, so a reload or a closed tab loses nothing. The validator brings
 * zod and is fetched on demand. A saved exam that cannot be used is reported and set aside.
 */
export function useExamAttempt(kinds: QuestionKinds) {
  const [load, setLoad] = useState<ExamLoad>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const reload = () =>
      void readExam(kinds).then((next) => {
        if (!cancelled) setLoad(next);
      });
    reload();
    // Another tab answered, submitted or started an exam: follow it rather than overwrite it.
    const onStorage = (event: StorageEvent) => {
      if (event.key === EXAM_KEY) reload();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      cancelled = true;
      window.removeEventListener('storage', onStorage);
    };
    // Once, after hydration: storage does not exist during the static render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function setAttempt(attempt: ExamAttempt | null) {
    setLoad(attempt === null ? { kind: 'none' } : { kind: 'ok', attempt });
    saveExam(attempt);
  }

  return { load, setAttempt };
}
