'use client';

import { useEffect } from 'react';
import type { Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { useSimStore } from '@/components/sim/sim-context';

/** Once answered, the picture moves on to the situation after the asked command (the engine's answer). */
export function UseAfterReveal({ after }: { after: Session<BaseState, CommandBase> | null }) {
  const store = useSimStore();
  useEffect(() => {
    if (after !== null) store.getState().replaceSession(after);
  }, [after, store]);
  return null;
}
