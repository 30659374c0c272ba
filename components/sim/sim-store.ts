'use client';

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import {
  advance,
  dispatch,
  seekTime,
  stepBack,
  stepForward,
  type Session,
} from '@/lib/sim/core/session';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { sessionForPreset, type SimulatorEntry } from '@/lib/sim/registry';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

export interface ConsoleEntry {
  readonly id: number;
  readonly line: string;
  readonly output: string;
  readonly isError: boolean;
}

export interface LinkProblem {
  readonly message: string;
  /** For a link made by another engine version: the hash to replay if the learner chooses to. */
  readonly openAnywayHash?: string;
}

export interface SimStoreState {
  readonly session: Session<BaseState, CommandBase>;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly consoleEntries: readonly ConsoleEntry[];
  readonly presetId: string;
  /** Set when the learner opened a share link that could not be used as it is. */
  readonly linkProblem: LinkProblem | null;
}

export interface SimActions {
  dispatch(command: CommandBase, line?: string): void;
  runLine(line: string): void;
  clearConsole(): void;
  setPlaying(playing: boolean): void;
  togglePlaying(): void;
  setSpeed(speed: Speed): void;
  faster(): void;
  slower(): void;
  advanceBy(ms: number): void;
  stepForward(): void;
  stepBack(): void;
  seek(ms: number): void;
  reset(): void;
  newSeed(): void;
  replaceSession(session: Session<BaseState, CommandBase>): void;
  setLinkProblem(problem: LinkProblem | null): void;
}

export type SimStore = StoreApi<SimStoreState & SimActions>;

/** One store per simulator on the page: the session (time machine), playback and the console. */
export function createSimStore(entry: SimulatorEntry, presetId: string): SimStore {
  let nextEntryId = 1;
  return createStore<SimStoreState & SimActions>()((set, get) => ({
    session: sessionForPreset(entry, presetId),
    playing: false,
    speed: 1,
    consoleEntries: [],
    presetId,
    linkProblem: null,
    dispatch: (command, line) => set({ session: dispatch(get().session, command, line) }),
    runLine: (line) => {
      const result = runConsoleLine(get().session, line, entry.cli);
      const consoleEntry = { id: nextEntryId++, line, output: result.output, isError: result.isError };
      set({ session: result.session, consoleEntries: [...get().consoleEntries, consoleEntry].slice(-200) });
    },
    clearConsole: () => set({ consoleEntries: [] }),
    setPlaying: (playing) => set({ playing }),
    togglePlaying: () => set({ playing: !get().playing }),
    setSpeed: (speed) => set({ speed }),
    faster: () => set({ speed: SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(get().speed) + 1)] ?? get().speed }),
    slower: () => set({ speed: SPEEDS[Math.max(0, SPEEDS.indexOf(get().speed) - 1)] ?? get().speed }),
    advanceBy: (ms) => set({ session: advance(get().session, ms) }),
    stepForward: () => set({ playing: false, session: stepForward(get().session) }),
    stepBack: () => set({ playing: false, session: stepBack(get().session) }),
    seek: (ms) => set({ session: seekTime(get().session, ms) }),
    reset: () => set({ playing: false, session: sessionForPreset(entry, get().presetId, get().session.seed), consoleEntries: [] }),
    newSeed: () => {
      // A new seed is the learner's explicit wish for different randomness; Math.random is fine here, in the UI.
      const seed = 1 + Math.floor(Math.random() * 2_147_483_646);
      set({ playing: false, session: sessionForPreset(entry, get().presetId, seed), consoleEntries: [] });
    },
    replaceSession: (session) => set({ session, playing: false, linkProblem: null, consoleEntries: [] }),
    setLinkProblem: (linkProblem) => set({ linkProblem }),
  }));
}
