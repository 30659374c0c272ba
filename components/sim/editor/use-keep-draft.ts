'use client';

import { useEffect, useRef } from 'react';

/**
 * Keeps an editor's draft when the editor closes: `keep` runs once, on unmount, with the last text,
 * unless it is still the text the editor opened with.
 */
export function useKeepDraftOnClose(text: string, initialText: string, keep: (text: string) => void): void {
  const latest = useRef({ text, initialText, keep });
  useEffect(() => {
    latest.current = { text, initialText, keep };
  }, [text, initialText, keep]);
  useEffect(
    () => () => {
      const { text: last, initialText: first, keep: keepLast } = latest.current;
      if (last !== first) keepLast(last);
    },
    [],
  );
}
