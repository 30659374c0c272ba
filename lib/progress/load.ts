import { migrateProgress } from './migrate';
import { loadNotice, saveNotice, type LoadProblem } from './notices';
import { CURRENT_VERSION, emptyProgress, type Progress } from './progress';
import { quarantine } from './quarantine';
import { readItem, removeItem, writeItem, type KeyValueStorage, type StorageFailure } from './storage';

export const PROGRESS_KEY = 'dockyard:progress';

export type LoadStatus = 'ok' | 'empty' | 'migrated' | 'recovered';

export interface LoadResult {
  readonly progress: Progress;
  /**
   * `empty`: nothing stored (or storage unreadable, see `problem`); `migrated`: an older version was
   * upgraded; `recovered`: stored data was damaged and set aside, and `progress` is fresh or salvaged.
   */
  readonly status: LoadStatus;
  readonly problem?: LoadProblem;
  /** A sentence for the learner, present whenever something went wrong. */
  readonly notice?: string;
  /** Where the damaged data was set aside (see `readQuarantined`). */
  readonly quarantineKey?: string;
  /** The damaged text, only when it could NOT be set aside: offer it for download right away. */
  readonly damagedData?: string;
}

export type SaveResult =
  { readonly ok: true } | { readonly ok: false; readonly failure: StorageFailure; readonly notice: string };

/**
 * Sets the damaged text aside. When the quota is full, the damaged record itself is usually what
 * fills it, so the main key is cleared to make room and restored if the copy still fails.
 */
function setAside(storage: KeyValueStorage, raw: string): { key: string } | null {
  const first = quarantine(storage, raw);
  if (first.ok) return { key: first.key };
  if (first.failure !== 'quota' || !removeItem(storage, PROGRESS_KEY)) return null;
  const second = quarantine(storage, raw);
  if (second.ok) return { key: second.key };
  writeItem(storage, PROGRESS_KEY, raw);
  return null;
}

function startFresh(storage: KeyValueStorage, raw: string, problem: LoadProblem): LoadResult {
  const aside = setAside(storage, raw);
  // Once a copy is safe, clear the main key so the next visit does not set the same data aside again.
  if (aside) removeItem(storage, PROGRESS_KEY);
  return {
    progress: emptyProgress(),
    status: 'recovered',
    problem,
    notice: loadNotice(problem, { setAside: aside !== null }),
    ...(aside ? { quarantineKey: aside.key } : { damagedData: raw }),
  };
}

/**
 * Reads the learner's progress. Never throws and never discards data: whatever cannot be read is
 * set aside under a quarantine key and reported through `notice`.
 */
export function loadProgress(storage: KeyValueStorage): LoadResult {
  const read = readItem(storage, PROGRESS_KEY);
  if (!read.ok) {
    const problem = 'storage-unreadable';
    return {
      progress: emptyProgress(),
      status: 'empty',
      problem,
      notice: loadNotice(problem, { setAside: true }),
    };
  }
  const raw = read.value;
  // An empty string holds nothing worth keeping.
  if (raw === null || raw.trim() === '') return { progress: emptyProgress(), status: 'empty' };

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return startFresh(storage, raw, 'damaged-json');
  }
  const migrated = migrateProgress(parsed, { salvage: true });
  if (!migrated.ok) return startFresh(storage, raw, migrated.problem);

  const { progress, dropped, fromVersion } = migrated;
  if (dropped.length > 0) {
    const problem = 'partly-damaged';
    const aside = setAside(storage, raw);
    // Overwrite the damaged record with what was salvaged only once the original is safe.
    if (aside) writeItem(storage, PROGRESS_KEY, JSON.stringify(progress));
    return {
      progress,
      status: 'recovered',
      problem,
      notice: loadNotice(problem, { setAside: aside !== null, dropped }),
      ...(aside ? { quarantineKey: aside.key } : { damagedData: raw }),
    };
  }
  if (fromVersion < CURRENT_VERSION) {
    // Best effort: if this write fails, the old version is simply migrated again next time.
    writeItem(storage, PROGRESS_KEY, JSON.stringify(progress));
    return { progress, status: 'migrated' };
  }
  return { progress, status: 'ok' };
}

/** Stores the progress. Never throws: a failed write comes back with a notice for the learner. */
export function saveProgress(storage: KeyValueStorage, progress: Progress): SaveResult {
  const written = writeItem(storage, PROGRESS_KEY, JSON.stringify(progress));
  return written.ok ? written : { ok: false, failure: written.failure, notice: saveNotice(written.failure) };
}
