'use client';

import type { Scenario } from '@/lib/present/scenario-schema';

/** A scenario opened from a file, kept in this browser so the presenter and audience windows both find it. */
export const CUSTOM_SCENARIO_KEY = 'dockyard:present:custom';

export function saveCustomScenario(scenario: Scenario): boolean {
  try {
    window.localStorage.setItem(CUSTOM_SCENARIO_KEY, JSON.stringify(scenario));
    return true;
  } catch {
    return false;
  }
}
