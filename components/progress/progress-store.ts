'use client';

import type { KeyValueStorage, Progress } from '@/lib/progress';

/**
 * The learner's progress on the client. lib/progress validates with zod, which is too heavy for
 * every page's first load, so the module is fetched right after hydration; until it arrives the
 * snapshot is null and progress-dependent controls render their neutral state.
 */
type ProgressLib = typeof import('@/lib/progress');

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
let lib: ProgressLib | null = null;
let loading: Promise<void> | null = null;

/** localStorage when it works; an in-memory store when it throws (private mode, disabled storage). */
function pickStorage(progressLib: ProgressLib): KeyValueStorage {
  try {
    const probe = '__dockyard_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return progressLib.createMemoryStorage();
  }
}

function read(progressLib: ProgressLib): ProgressSnapshot {
  storage ??= pickStorage(progressLib);
  const result = progressLib.loadProgress(storage);
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

function ensureLoaded(): Promise<void> {
  loading ??= import('@/lib/progress').then((module) => {
    lib = module;
    snapshot = read(module);
    emit();
  });
  return loading;
}

/** Resolves once the progress library and the saved progress are loaded (at once if they are). */
export function whenProgressLoaded(): Promise<void> {
  return ensureLoaded();
}

function reloadFromOtherTab(event: StorageEvent) {
  if (!lib || (event.key && !event.key.startsWith('dockyard:progress'))) return;
  snapshot = { ...read(lib), notice: snapshot?.notice ?? null };
  emit();
}

export function subscribeProgress(listener: Listener): () => void {
  listeners.add(listener);
  ensureLoaded();
  if (listeners.size === 1) window.addEventListener('storage', reloadFromOtherTab);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', reloadFromOtherTab);
  };
}

export function getProgressSnapshot(): ProgressSnapshot | null {
  return snapshot;
}

export function getServerProgressSnapshot(): ProgressSnapshot | null {
  return null;
}

/** The progress library once loaded (controls that need it are disabled until the snapshot exists). */
export function progressLib(): ProgressLib {
  if (!lib) throw new Error('Progress is still loading');
  return lib;
}

/** Applies a pure updater from lib/progress, saves, and tells every subscriber. */
export function updateProgress(update: (progressLibrary: ProgressLib, progress: Progress) => Progress) {
  const current = snapshot;
  if (!lib || !current || !storage) return;
  const progress = update(lib, current.progress);
  if (progress === current.progress) return;
  const saved = lib.saveProgress(storage, progress);
  snapshot = { ...current, progress, notice: saved.ok ? current.notice : saved.notice };
  emit();
}

export function dismissProgressNotice() {
  if (!snapshot) return;
  snapshot = { ...snapshot, notice: null };
  emit();
}

export function readQuarantined(): string | null {
  if (!snapshot) return null;
  if (snapshot.damagedData !== null) return snapshot.damagedData;
  if (!snapshot.quarantineKey || !storage) return null;
  try {
    return storage.getItem(snapshot.quarantineKey);
  } catch {
    return null;
  }
}
