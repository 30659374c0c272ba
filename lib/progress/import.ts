import { isPlainObject } from './formats/format';
import { describeIssue } from './issue-text';
import { mergeProgress, type MergeOutcome } from './merge';
import { CURRENT_VERSION, type Progress } from './progress';
import { migrateProgress } from './migrate';
import { PROGRESS_FILE_APP, PROGRESS_FILE_KIND } from './export';

/** A year of daily study is a few hundred kilobytes; anything past this is not a progress file. */
export const MAX_IMPORT_CHARS = 1_000_000;

export interface ImportChanges extends Omit<MergeOutcome, 'progress'> {
  /** The progress format the file was written in; older ones are migrated. */
  readonly fromVersion: number;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly progress: Progress;
      /** For the learner: "3 lessons marked done, 12 answers merged." */
      readonly summary: string;
      readonly changes: ImportChanges;
    }
  | { readonly ok: false; readonly error: string };

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryMessage(outcome: Omit<MergeOutcome, 'progress'>): string {
  const parts = [
    ...(outcome.lessonsMarkedDone
      ? [`${count(outcome.lessonsMarkedDone, 'lesson', 'lessons')} marked done`]
      : []),
    ...(outcome.lessonsAdded
      ? [`${count(outcome.lessonsAdded, 'lesson', 'lessons')} in progress added`]
      : []),
    ...(outcome.answersMerged ? [`${count(outcome.answersMerged, 'answer', 'answers')} merged`] : []),
    ...(outcome.drillsSolved ? [`${count(outcome.drillsSolved, 'drill', 'drills')} marked solved`] : []),
    ...(outcome.reviewsMerged ? [`${count(outcome.reviewsMerged, 'review card', 'review cards')} merged`] : []),
    ...(outcome.themeAdopted ? ['theme preference set'] : []),
  ];
  if (parts.length === 0) return 'Nothing new: everything in this file was already in your progress.';
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

function readFile(text: string, current: Progress): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return fail(
      `This file is too large to be a Dockyard progress file (${megabytes(text.length)}; progress files are at most 1 MB).`,
    );
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail(
      'This file is not a Dockyard progress file: it is not valid JSON. Choose the .json file that “Download progress” saved.',
    );
  }
  if (!isPlainObject(file) || file.app !== PROGRESS_FILE_APP) {
    return fail('This file is JSON, but not a Dockyard progress file: it has no "app": "dockyard" header.');
  }
  if (file.kind !== PROGRESS_FILE_KIND) {
    const kind = typeof file.kind === 'string' ? `"${file.kind.slice(0, 40)}"` : 'something else';
    return fail(`This is a Dockyard file, but it holds ${kind}, not progress.`);
  }
  if (!('progress' in file)) return fail('This Dockyard progress file has no "progress" in it.');
  const migrated = migrateProgress(file.progress);
  if (!migrated.ok) {
    if (migrated.problem === 'newer-version') {
      return fail(
        `This file was made by a newer version of Dockyard (progress format ${migrated.version}; this page reads up to ${CURRENT_VERSION}). Reload the page to get the newer version, then import it again.`,
      );
    }
    return fail(`This is not a valid Dockyard progress file: ${describeIssue('progress', migrated.issue)}.`);
  }
  const { progress, ...outcome } = mergeProgress(current, migrated.progress);
  return {
    ok: true,
    progress,
    summary: summaryMessage(outcome),
    changes: { ...outcome, fromVersion: migrated.fromVersion },
  };
}

/**
 * Reads a downloaded progress file and merges it into `current` (policy in `mergeProgress`); files
 * in older formats go through the same migrations as stored progress. The file's `quarantined`
 * copies are not imported: they are the learner's to inspect, not progress.
 * Never throws: every way a file can be wrong comes back as `{ ok: false, error }` for the learner.
 */
export function importProgress(text: string, current: Progress): ImportResult {
  if (typeof text !== 'string') return fail('This is not a file Dockyard can read.');
  try {
    return readFile(text, current);
  } catch {
    // Unreachable by design (the property tests feed arbitrary input); kept so a bug cannot break the page.
    return fail('Dockyard could not read this file.');
  }
}
