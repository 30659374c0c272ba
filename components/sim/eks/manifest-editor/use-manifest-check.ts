'use client';

import { useEffect, useState } from 'react';
import { checkManifest } from '@/lib/manifest-editor/check-manifest';
import type { ConsoleCli } from '@/lib/cli/types';
import type { Session } from '@/lib/sim/core/session';
import type { EksCommand } from '@/lib/sim/eks/commands';
import type { EksState } from '@/lib/sim/eks/types';
import { useSimEntry, useSimStore } from '../../sim-context';
import { CHECK_DELAY_MS, type CheckedDraft } from '../../ecs/editor/use-draft-check';

/**
 * What `kubectl apply -f FILE` would print for `text` now, worked out 300 ms after the last change
 * (at once for the first text) on the session as it is; the session is not changed. `revision`
 * re-checks the same text, e.g. after an apply changed what the answer would be.
 */
export function useManifestCheck(text: string, fileName: string, revision: number): CheckedDraft | null {
  const store = useSimStore();
  const entry = useSimEntry();
  const [checked, setChecked] = useState<CheckedDraft | null>(null);
  useEffect(() => {
    const run = () => {
      const { session, files } = store.getState();
      const result = checkManifest(
        session as unknown as Session<EksState, EksCommand>,
        entry.cli as unknown as ConsoleCli<EksState, EksCommand>,
        files,
        fileName,
        text,
      );
      setChecked({ text, ...result });
    };
    const timer = setTimeout(run, checked === null ? 0 : CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // `checked` only decides the first delay; re-running when it changes would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, fileName, revision, store, entry]);
  return checked;
}
