import type { Progress } from './progress';

export const PROGRESS_FILE_APP = 'dockyard';
export const PROGRESS_FILE_KIND = 'progress';

/** The downloaded file: a small header so an import can tell a Dockyard file from any other JSON. */
export interface ProgressFile {
  readonly app: typeof PROGRESS_FILE_APP;
  readonly kind: typeof PROGRESS_FILE_KIND;
  readonly exportedAt: string;
  readonly progress: Progress;
  /** Damaged records set aside by `loadProgress`, verbatim, so nothing the learner had is lost. */
  readonly quarantined?: readonly string[];
}

/**
 * The contents of a progress download, as pretty JSON. `quarantined` comes from
 * `readQuarantined(storage)`. `exportedAt` defaults to now: the one place the store reads the clock,
 * since it only labels the file; tests pass a fixed time.
 */
export function exportProgress(
  progress: Progress,
  quarantined: readonly string[] = [],
  exportedAt: string = new Date().toISOString(),
): string {
  const file: ProgressFile = {
    app: PROGRESS_FILE_APP,
    kind: PROGRESS_FILE_KIND,
    exportedAt,
    progress,
    ...(quarantined.length > 0 ? { quarantined } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `dockyard-progress-2025-01-31.json` */
export function progressFileName(exportedAt: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0];
  return day ? `dockyard-progress-${day}.json` : 'dockyard-progress.json';
}
