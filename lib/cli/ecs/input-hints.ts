import { paramFilePath } from '../aws/input/paramfile';
import type { CliContext } from '../types';
import type { ApiInput } from './args/param-values';
import type { RawValue } from './args/parse-args';
import { records, str } from './operation';

/**
 * The `Dockyard:` line under the CLI's own input errors: `Error parsing parameter …` (the text of a
 * value or file is not JSON, or `--cli-input-json` was given a path without `file://`) and
 * botocore's `Parameter validation failed:` (shorthand that split a value at its comma).
 */

const INVALID_CLI_INPUT_JSON = "Error parsing parameter 'cli-input-json': Invalid JSON received.";

/** Where a JSON text has a comma right before `}` or `]` (outside strings): its line, or null. */
export function trailingCommaLine(text: string): { line: number; closer: string } | null {
  let inString = false;
  let escaped = false;
  let line = 1;
  let comma: number | null = null;
  for (const char of text) {
    if (char === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      comma = null;
    } else if (char === ',') comma = line;
    else if ((char === '}' || char === ']') && comma !== null) return { line: comma, closer: char };
    else if (!/\s/.test(char)) comma = null;
  }
  return null;
}

/** What is most likely wrong with a text the CLI could not read as JSON. */
function jsonTextHint(text: string, name: string): string | null {
  const trailing = trailingCommaLine(text);
  if (trailing !== null)
    return `${name} has a comma before "${trailing.closer}" on line ${trailing.line}: JSON allows no trailing comma, so delete it.`;
  if (/^\s*'|[{,[]\s*'/.test(text))
    return `${name} uses single quotes: JSON strings and keys take double quotes.`;
  return null;
}

function cliInputJsonHint(raw: string, context: CliContext): string | null {
  const path = paramFilePath(raw);
  if (path === null) {
    if (raw.trimStart().startsWith('{')) return jsonTextHint(raw, 'the JSON');
    return `to read a file, write --cli-input-json file://${raw} (without file:// the CLI reads the words "${raw}" themselves as JSON).`;
  }
  const file = context.readFile(path);
  if (!file.ok) return null;
  return (
    jsonTextHint(file.text, path) ??
    `${path} is not valid JSON: check it for a missing comma, quote or bracket.`
  );
}

/** The hint for a failed `buildInput` (the CLI's value conversion), or null. */
export function buildErrorHint(
  error: string,
  values: ReadonlyMap<string, RawValue>,
  cliInputJson: string | null,
  context: CliContext,
): string | null {
  if (error === INVALID_CLI_INPUT_JSON && cliInputJson !== null)
    return cliInputJsonHint(cliInputJson, context);
  const param = /^Error parsing parameter '(--[\w-]+)': Invalid JSON/.exec(error)?.[1];
  if (param !== undefined) {
    const raw = values.get(param);
    const word = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.join(' ') : '';
    const path = paramFilePath(word);
    const file = path === null ? null : context.readFile(path);
    const text = file === null ? word : file.ok ? file.text : '';
    return jsonTextHint(text, path ?? `the ${param} value`);
  }
  if (error.startsWith('Error parsing parameter')) return null;
  return 'a number was expected there; give digits only, e.g. 2.';
}

/**
 * Under botocore's report: shorthand splits `expression=a in [x, y]` at the comma into a list.
 * The JSON form keeps the expression whole.
 */
export function validationHint(input: ApiInput): string | null {
  const constraints = records(input['placementConstraints']) ?? [];
  const split = constraints.find((item) => Array.isArray(item['expression']));
  if (split === undefined) return null;
  const parts = split['expression'] as readonly unknown[];
  const expression = parts.map(String).join(', ');
  const type = str(split, 'type') ?? 'memberOf';
  const json = JSON.stringify([{ type, expression }]);
  return `shorthand splits a value at each comma, so the expression became a list. Give the JSON form instead:\n  --placement-constraints '${json}'`;
}
