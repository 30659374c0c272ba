'use client';

import { useSyncExternalStore } from 'react';
import { getProgressSnapshot, getServerProgressSnapshot, subscribeProgress, type ProgressSnapshot } from './progress-store';

/** The learner's progress, or null during the static render and hydration (no storage there). */
export function useProgress(): ProgressSnapshot | null {
  return useSyncExternalStore(subscribeProgress, getProgressSnapshot, getServerProgressSnapshot);
}
