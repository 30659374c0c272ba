'use client';

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import {
  advance,
  createSession,
  dispatch,
  seekTime,
  stepBack,
  stepForward,
  type Session,
} from '@/lib/sim/core/session';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { resolvedLine, type SimulatorEntry } from '@/lib/sim/simulator-entry';
import { cliFiles } from '@/lib/cli/aws/input/cli-files';
import { randomSeed } from './random-seed';

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
  /** Lines typed, for ↑/↓; kept when the console is cleared, as in a shell. */
  readonly history: readonly string[];
  readonly presetId: string;
  /** Set when the learner opened a share link that could not be used as it is. */
  readonly linkProblem: LinkProblem | null;
  /** What `file://NAME` reads in this console: the simulator's example files and the learner's own. */
  readonly files: Readonly<Record<string, string>>;
}

export interface SimActions {
  dispatch(command: CommandBase, line?: string): void;
  runLine(line: string): void;
  /** A lesson's scripted line: its placeholders (`{task:web}`) filled from the state, then run as typed. */
  runScriptedLine(line: string): void;
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
  /** Opens another session; `printed` is what its lines printed, shown in the console (an embedded scenario's steps). */
  replaceSession(
    session: Session<BaseState, CommandBase>,
    printed?: readonly Omit<ConsoleEntry, 'id'>[],
  ): void;
  setLinkProblem(problem: LinkProblem | null): void;
  writeFile(name: string, text: string): void;
}

export type SimStore = StoreApi<SimStoreState & SimActions>;

/**
 * A preset's starting point, run line by line through the console exactly as if typed, so the
 * console shows how the scenario was set up (the same lines the transcript lists).
 */
function startPreset(
  entry: SimulatorEntry,
  presetId: string,
  seed: number | undefined,
  nextId: () => number,
) {
  const preset = entry.presets.find((candidate) => candidate.id === presetId) ?? entry.presets[0];
  let session: Session<BaseState, CommandBase> = createSession(entry.engine, seed ?? preset?.seed ?? 1);
  const consoleEntries: ConsoleEntry[] = [];
  for (const written of preset?.setup ?? []) {
    const line = resolvedLine(entry, written, session.state);
    const result = runConsoleLine(session, line, entry.cli, cliFiles(entry.files ?? {}));
    session = result.session;
    consoleEntries.push({ id: nextId(), line, output: result.output, isError: result.isError });
  }
  const startAt = preset?.startAt;
  if (startAt !== undefined && startAt > session.state.now)
    session = advance(session, startAt - session.state.now);
  return { session, consoleEntries };
}

/**
 * One store per simulator on the page: the session (time machine), playback and the console.
 * `start` opens it at a ready-made session (a generated question's situation) instead of the preset.
 */
export function createSimStore(
  entry: SimulatorEntry,
  presetId: string,
  start?: Session<BaseState, CommandBase>,
): SimStore {
  let nextEntryId = 1;
  const nextId = () => nextEntryId++;
  const initial = start === undefined ? startPreset(entry, presetId, undefined, nextId) : { session: start, consoleEntries: [] };
  return createStore<SimStoreState & SimActions>()((set, get) => {
    const restart = (seed?: number) => startPreset(entry, get().presetId, seed, nextId);
    return {
      session: initial.session,
      playing: false,
      speed: 1,
      consoleEntries: initial.consoleEntries,
      history: initial.consoleEntries.map((consoleEntry) => consoleEntry.line),
      presetId,
      linkProblem: null,
      files: entry.files ?? {},
      dispatch: (command, line) => set({ session: dispatch(get().session, command, line) }),
      runLine: (line) => {
        const result = runConsoleLine(get().session, line, entry.cli, cliFiles(get().files));
        const consoleEntry = { id: nextId(), line, output: result.output, isError: result.isError };
        set({
          session: result.session,
          consoleEntries: [...get().consoleEntries, consoleEntry].slice(-200),
          history: [...get().history, line].slice(-200),
        });
      },
      runScriptedLine: (line) => get().runLine(resolvedLine(entry, line, get().session.state)),
      clearConsole: () => set({ consoleEntries: [] }),
      setPlaying: (playing) => set({ playing }),
      togglePlaying: () => set({ playing: !get().playing }),
      setSpeed: (speed) => set({ speed }),
      faster: () =>
        set({ speed: SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(get().speed) + 1)] ?? get().speed }),
      slower: () => set({ speed: SPEEDS[Math.max(0, SPEEDS.indexOf(get().speed) - 1)] ?? get().speed }),
      advanceBy: (ms) => set({ session: advance(get().session, ms) }),
      stepForward: () => set({ playing: false, session: stepForward(get().session) }),
      stepBack: () => set({ playing: false, session: stepBack(get().session) }),
      seek: (ms) => set({ session: seekTime(get().session, ms) }),
      reset: () => set({ playing: false, ...restart(get().session.seed) }),

      newSeed: () => set({ playing: false, ...restart(randomSeed()) }),
      replaceSession: (session, printed = []) =>
        set({
          session,
          playing: false,
          linkProblem: null,
          consoleEntries: printed.map((line) => ({ ...line, id: nextId() })),
          ...(printed.length > 0 ? { history: printed.map((line) => line.line) } : {}),
        }),
      setLinkProblem: (linkProblem) => set({ linkProblem }),
      writeFile: (name, text) => set({ files: { ...get().files, [name]: text } }),
    };
  });
}
