'use client';

import { useEffect, useRef } from 'react';
import type { Question } from '@/lib/content/schemas';
import type { Response } from '@/lib/quiz/grade';
import { respondToNumberKey } from '@/lib/quiz/number-keys';

/** Where a key belongs to the control itself: typing a number, pressing a button or a link. */
function keyBelongsToControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type)) return key !== 'Enter';
  return key === 'Enter' && (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target.tagName === 'SUMMARY');
}

/**
 * Practice keys on the whole page: 1–9 choose the option with that number, Enter checks the
 * answer and then moves on. Keys meant for a focused control (a number field, a button) go there.
 */
export function useAnswerKeys({
  enabled,
  question,
  response,
  graded,
  onRespond,
  onSubmit,
}: {
  enabled: boolean;
  question: Question;
  response: Response;
  graded: boolean;
  onRespond: (response: Response) => void;
  onSubmit: () => void;
}) {
  // The listener is added once; it reads the latest values through this ref.
  const latest = useRef({ question, response, graded, onRespond, onSubmit });
  useEffect(() => {
    latest.current = { question, response, graded, onRespond, onSubmit };
  });

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (keyBelongsToControl(event.target, event.key)) return;
      const current = latest.current;
      if (event.key === 'Enter') {
        event.preventDefault();
        current.onSubmit();
      } else if (/^[1-9]$/.test(event.key) && !current.graded) {
        event.preventDefault();
        current.onRespond(respondToNumberKey(current.question, current.response, Number(event.key)));
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
