'use client';

import { useSyncExternalStore } from 'react';
import { scenarioSchema, type Scenario } from '@/lib/present/scenario-schema';
import { CUSTOM_SCENARIO_KEY } from './save-custom-scenario';

// Read once: opening another file in another tab must not swap the scenario in the middle of a talk.
const subscribe = () => () => {};

function readStored(): string | null {
  try {
    return window.localStorage.getItem(CUSTOM_SCENARIO_KEY);
  } catch {
    return null;
  }
}

export type StoredScenario =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'damaged' }
  | { readonly kind: 'ok'; readonly scenario: Scenario };

function parse(text: string | null | undefined): StoredScenario {
  if (text === undefined) return { kind: 'loading' };
  if (text === null) return { kind: 'missing' };
  try {
    const parsed = scenarioSchema.safeParse(JSON.parse(text));
    return parsed.success ? { kind: 'ok', scenario: parsed.data } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

const cache = new Map<string | null | undefined, StoredScenario>();

/** The stored scenario as it was when the page opened, checked (storage can be damaged or edited). */
export function useCustomScenario(): StoredScenario {
  const text = useSyncExternalStore(subscribe, readStored, () => undefined);
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const result = parse(text);
  cache.clear();
  cache.set(text, result);
  return result;
}
