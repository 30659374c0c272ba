import { parsePythonJson } from '../cli/aws/input/python-json';

/** The file a draft is kept in (and registered from): `<family>.json`, else `taskdef.json`. */
export const FALLBACK_DRAFT_FILE = 'taskdef.json';

/** A family as a file-name stem: lower case, only letters, digits, `-` and `_`. */
export function fileStem(family: string): string {
  return family
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The draft's `family`, when the text parses as JSON and has a string family. */
export function draftFamily(text: string): string | null {
  const parsed = parsePythonJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
    return null;
  const family = (parsed.value as Readonly<Record<string, unknown>>)['family'];
  return typeof family === 'string' ? family : null;
}

export function draftFileName(text: string): string {
  const family = draftFamily(text);
  const stem = family === null ? '' : fileStem(family);
  return stem === '' ? FALLBACK_DRAFT_FILE : `${stem}.json`;
}
