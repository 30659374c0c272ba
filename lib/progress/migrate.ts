import type { z } from '@/lib/zod';
import { isPlainObject, type DroppedPart, type StoredFormat } from './formats/format';
import { migrateV1ToV2, progressV1Format } from './formats/v1';
import { progressV2Format } from './formats/v2';
import { migrateV2ToV3, progressV3Format } from './formats/v3';
import { migrateV3ToV4 } from './formats/v4';
import { CURRENT_VERSION, currentFormat, type Progress } from './progress';

/** Turns a valid record of one version into a valid record of the next. */
interface MigrationStep {
  readonly from: StoredFormat<unknown>;
  readonly up: (data: unknown) => unknown;
}

// The chain is heterogeneous, so each step's types are checked here and then erased.
function step<From, To>(from: StoredFormat<From>, up: (data: From) => To): MigrationStep {
  return { from: from as StoredFormat<unknown>, up: up as (data: unknown) => unknown };
}

/** Oldest first. Adding version N+1: append `step(vNFormat, migrateVNToVN1)` and move `currentFormat`. */
const MIGRATIONS: readonly MigrationStep[] = [
  step(progressV1Format, migrateV1ToV2),
  step(progressV2Format, migrateV2ToV3),
  step(progressV3Format, migrateV3ToV4),
];

/** Every version this build can read, oldest first; the last is the current one. */
export const READABLE_VERSIONS: readonly number[] = [
  ...MIGRATIONS.map((migration) => migration.from.version),
  currentFormat.version,
];

export interface MigrationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
}

export type MigrationResult =
  | {
      readonly ok: true;
      readonly progress: Progress;
      readonly fromVersion: number;
      /** Parts of a damaged record left out by salvage; empty when nothing was lost. */
      readonly dropped: readonly DroppedPart[];
    }
  | { readonly ok: false; readonly problem: 'newer-version'; readonly version: number }
  | { readonly ok: false; readonly problem: 'wrong-shape'; readonly issue: MigrationIssue };

export interface MigrateOptions {
  /** Keep the valid parts of a damaged record instead of refusing it (loading does, importing does not). */
  readonly salvage?: boolean;
}

function firstIssue(error: z.ZodError): MigrationIssue {
  const [issue] = error.issues;
  if (!issue) return { path: [], message: 'is not valid' };
  const keys = 'keys' in issue && Array.isArray(issue.keys) ? (issue.keys as string[]) : undefined;
  return { path: issue.path, message: issue.message, code: issue.code, ...(keys ? { keys } : {}) };
}

/**
 * Brings a parsed record of any readable version up to the current one. Never throws: a record it
 * cannot read comes back as `newer-version` or `wrong-shape` with the first problem found.
 */
export function migrateProgress(raw: unknown, options: MigrateOptions = {}): MigrationResult {
  if (!isPlainObject(raw)) {
    return { ok: false, problem: 'wrong-shape', issue: { path: [], message: 'must be an object' } };
  }
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      problem: 'wrong-shape',
      issue: { path: ['version'], message: 'must be a whole number' },
    };
  }
  if (version > CURRENT_VERSION) return { ok: false, problem: 'newer-version', version };
  const start = READABLE_VERSIONS.indexOf(version);
  if (start === -1) {
    return {
      ok: false,
      problem: 'wrong-shape',
      issue: { path: ['version'], message: `is ${version}, which no version of Dockyard wrote` },
    };
  }
  const format = start < MIGRATIONS.length ? MIGRATIONS[start]!.from : currentFormat;
  const parsed = format.schema.safeParse(raw);
  let data: unknown;
  let dropped: readonly DroppedPart[] = [];
  if (parsed.success) {
    data = parsed.data;
  } else {
    const salvaged = options.salvage ? format.salvage(raw) : null;
    if (!salvaged) return { ok: false, problem: 'wrong-shape', issue: firstIssue(parsed.error) };
    data = salvaged.value;
    dropped = salvaged.dropped;
  }
  for (const migration of MIGRATIONS.slice(start)) data = migration.up(data);
  // Each step is tested to produce a valid next version; this parse is the guard if one ever does not.
  const current = currentFormat.schema.safeParse(data);
  if (!current.success) return { ok: false, problem: 'wrong-shape', issue: firstIssue(current.error) };
  return { ok: true, progress: current.data, fromVersion: version, dropped };
}
