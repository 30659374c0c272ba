/**
 * The two ways the tools print where a value is, read back into path segments:
 * botocore's `containerDefinitions[0].portMappings[0].containerPort` (`input` is the whole
 * request), and the API's 1-based `containerDefinitions.1.member.portMappings.1.member.protocol`
 * of a `1 validation error detected` message.
 */

export type PrintedSegment = string | number;

/** botocore's `_get_name` form; a map key check prints `PATH (key: KEY)`, which names KEY itself. */
export function botocorePathSegments(printed: string): PrintedSegment[] {
  const keyCheck = / \(key: (.*)\)$/.exec(printed);
  const base = keyCheck === null ? printed : printed.slice(0, keyCheck.index);
  const segments: PrintedSegment[] = [];
  if (base !== 'input') {
    for (const part of base.split('.')) {
      const match = /^(.*?)((?:\[\d+\])*)$/.exec(part);
      const name = match?.[1] ?? part;
      if (name !== '') segments.push(name);
      for (const index of (match?.[2] ?? '').matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
    }
  }
  if (keyCheck !== null) segments.push(keyCheck[1] ?? '');
  return segments;
}

/** The API's member form: `N.member` is the (N-1)th item of the list before it. */
export function memberPathSegments(printed: string): PrintedSegment[] {
  const parts = printed.split('.');
  const segments: PrintedSegment[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] ?? '';
    if (/^\d+$/.test(part) && parts[index + 1] === 'member') {
      segments.push(Number(part) - 1);
      index += 1;
    } else segments.push(part);
  }
  return segments;
}
