'use client';

import { createContext, useContext } from 'react';
import type { EmbedStart } from '@/lib/embed/embed-start';
import type { ScenarioStep } from '@/lib/present/scenario-schema';

/** A guided scenario as an embed needs it: where it starts and what its steps run, not the talk's words. */
export interface EmbedScenarioScript {
  readonly id: string;
  readonly title: string;
  readonly preset: string;
  readonly seed?: number;
  readonly steps: readonly Pick<ScenarioStep, 'run' | 'playFor' | 'compare'>[];
}

/** Set by the /embed/ID/ page: the simulator sits alone in someone else's page. */
export interface EmbedPlacement {
  /** Where the address asked to open (a preset, a scenario's step) and what was wrong with it. */
  readonly start: EmbedStart;
  /** The scenario `start` names, if any. */
  readonly scenario?: EmbedScenarioScript;
}

const EmbedContext = createContext<EmbedPlacement | null>(null);

export const EmbedPlacementProvider = EmbedContext.Provider;

/** The embed this simulator is in, or null on the course's own pages. */
export function useEmbedPlacement(): EmbedPlacement | null {
  return useContext(EmbedContext);
}
