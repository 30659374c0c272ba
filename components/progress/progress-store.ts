'use client';

import {
  createMemoryStorage,
  loadProgress,
  saveProgress,
  type KeyValueStorage,
  type Progress,
} from '@/lib/progress';

export interface ProgressSnapshot {
  readonly progress: Progress;
  /** A message for the learner when saved progress had to be migrated or recovered. */
  readonly notice: string | null;
  readonly quarantineKey: string | null;
  /** Damaged data that could not be set aside in storage (it is full): offered for download at once. */
  readonly damagedData: string | null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let snapshot: ProgressSnapshot | null = null;
let storage: KeyValueStorage | null = null;

/** localStorage when it works; an in-memory store when it throws (private mode, disabled storage). */
function pickStorage(): KeyValueStorage {
  try {
    const probe = '__dockyard_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return createMemoryStorage();
  }
}

function read(): ProgressSnapshot {
  storage ??= pickStorage();
  const result = loadProgress(storage);
  return {
    progress: result.progress,
    notice: result.notice ?? null,
    quarantineKey: result.quarantineKey ?? null,
    damagedData: result.damagedData ?? null,
  };
}

function emit() {
  for (const listener of listeners) listener();
}

export function subscribeProgress(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', reloadFromOtherTab);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', reloadFromOtherTab);
  };
}

function reloadFromOtherTab(event: StorageEvent) {
  if (event.key && !event.key.startsWith('dockyard:progress')) return;
  snapshot = { ...read(), notice: snapshot?.notice ?? null };
  emit();
}

export function getProgressSnapshot(): ProgressSnapshot {
  snapshot ??= read();
  return snapshot;
}

export function getServerProgressSnapshot(): ProgressSnapshot | null {
  return null;
}

/** Applies a pure updater from lib/progress, saves, and tells every subscriber. */
export function updateProgress(update: (progress: Progress) => Progress) {
  const current = getProgressSnapshot();
  const progress = update(current.progress);
  storage ??= pickStorage();
  const saved = saveProgress(storage, progress);
  snapshot = { ...current, progress, notice: saved.ok ? current.notice : saved.notice };
  emit();
}

export function dismissProgressNotice() {
  snapshot = { ...getProgressSnapshot(), notice: null };
  emit();
}

export function readQuarantined(): string | null {
  const { quarantineKey: key, damagedData } = getProgressSnapshot();
  if (damagedData !== null) return damagedData;
  if (!key || !storage) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
