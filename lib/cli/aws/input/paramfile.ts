import type { CliContext } from '../../types';
import { pythonRepr } from './python-text';

/**
 * `file://` and `fileb://` parameter values, as aws-cli's `awscli/paramfile.py` loads them: the
 * rest of the value is a path, read as it stands (relative paths from the working directory; for
 * Dockyard, from the script or the course's example files). AWS CLI v2 no longer fetches
 * `http://` or `https://` values (aws-cli PR #3590), so those are plain strings.
 */
export const PARAMFILE_PREFIXES = ['file://', 'fileb://'] as const;

/** aws-cli `ParamError`: every problem with one parameter's value is reported in this frame. */
export function paramError(paramName: string, message: string): string {
  return `Error parsing parameter '${paramName}': ${message}`;
}

/** The path a `file://`/`fileb://` value names, or null for any other value. */
export function paramFilePath(value: string): string | null {
  const prefix = PARAMFILE_PREFIXES.find((candidate) => value.startsWith(candidate));
  return prefix === undefined ? null : value.slice(prefix.length);
}

export type ParamFileRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly text: string }
  /** `ResourceLoadingError`'s text, e.g. `Unable to load paramfile file://x.json: [Errno 2] …`. */
  | { readonly kind: 'error'; readonly message: string };

/** `get_paramfile(value, LOCAL_PREFIX_MAP)`: the file's text, nothing for a plain value, or the error. */
export function readParamFile(value: string, context: CliContext): ParamFileRead {
  const path = paramFilePath(value);
  if (path === null) return { kind: 'none' };
  const file = context.readFile(path);
  if (file.ok) return { kind: 'loaded', text: file.text };
  // The OSError Python raises for a missing file; the console cannot tell other failures apart.
  return {
    kind: 'error',
    message: `Unable to load paramfile ${value}: [Errno 2] No such file or directory: ${pythonRepr(path)}`,
  };
}

export type ParamFileResult =
  | { readonly ok: true; readonly text: string; readonly fromFile: boolean }
  | { readonly ok: false; readonly error: string };

/**
 * What the CLI does with one parameter value before anything else: a `file://`/`fileb://` value
 * becomes the file's text, any other value stays as typed. `paramName` is the option as typed,
 * with its dashes (`--container-definitions`); the error is the CLI's own:
 * `Error parsing parameter '--cli-input-json': Unable to load paramfile file://x.json: [Errno 2] No such file or directory: 'x.json'`
 * (seen verbatim in public issue threads, e.g. aws-bootcamp-cruddur-2023 journals and
 * Consensys/quorum-cloud#11).
 */
export function loadParamFile(raw: string, paramName: string, context: CliContext): ParamFileResult {
  const read = readParamFile(raw, context);
  switch (read.kind) {
    case 'none':
      return { ok: true, text: raw, fromFile: false };
    case 'loaded':
      return { ok: true, text: read.text, fromFile: true };
    case 'error':
      return { ok: false, error: paramError(paramName, read.message) };
    default: {
      const unreachable: never = read;
      return unreachable;
    }
  }
}
