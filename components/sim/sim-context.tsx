'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SimulatorEntry } from '@/lib/sim/simulator-entry';
import type { Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { createSimStore, type SimActions, type SimStore, type SimStoreState } from './sim-store';

const SimContext = createContext<{ store: SimStore; entry: SimulatorEntry } | null>(null);

export function SimProvider({
  entry,
  presetId,
  session,
  children,
}: {
  entry: SimulatorEntry;
  presetId: string;
  /** Opens at this session instead of the preset; read once, like the preset. */
  session?: Session<BaseState, CommandBase>;
  children: ReactNode;
}) {
  const [store] = useState(() => createSimStore(entry, presetId, session));
  return <SimContext.Provider value={{ store, entry }}>{children}</SimContext.Provider>;
}

function useSimContext() {
  const context = useContext(SimContext);
  if (!context) throw new Error('useSim must be used inside <SimProvider>');
  return context;
}

/** Subscribes to one slice of the simulator store; the component re-renders only when that slice changes. */
export function useSim<T>(selector: (state: SimStoreState & SimActions) => T): T {
  return useStore(useSimContext().store, selector);
}

export function useSimStore(): SimStore {
  return useSimContext().store;
}

export function useSimEntry(): SimulatorEntry {
  return useSimContext().entry;
}
