'use client';

import { useEffect, useState } from 'react';
import { checkDraft, type DraftCheck } from '@/lib/taskdef-editor/check-draft';
import { draftFileName } from '@/lib/taskdef-editor/draft-file-name';
import { useSimEntry, useSimStore } from '../../sim-context';

export const CHECK_DELAY_MS = 300;

export interface CheckedDraft extends DraftCheck {
  /** The text this check is about (diagnostics apply to it only). */
  readonly text: string;
}

/**
 * What the console would answer to registering `text`, worked out 300 ms after the last change
 * (and at once for the first text), on the session as it is then; the session is not changed.
 * `revision` re-checks the same text, e.g. after a registration changed what the answer would be.
 */
export function useDraftCheck(text: string, revision: number): CheckedDraft | null {
  const store = useSimStore();
  const entry = useSimEntry();
  const [checked, setChecked] = useState<CheckedDraft | null>(null);
  useEffect(() => {
    const run = () => {
      const { session, files } = store.getState();
      setChecked({ text, ...checkDraft(session, entry.cli, files, draftFileName(text), text) });
    };
    const timer = setTimeout(run, checked === null ? 0 : CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // `checked` only decides the first delay; re-running when it changes would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, revision, store, entry]);
  return checked;
}
