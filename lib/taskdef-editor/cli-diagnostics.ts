import type { Node } from 'jsonc-parser';
import { parsePythonJson } from '../cli/aws/input/python-json';
import { ecsMessageTargets } from './ecs-message-targets';
import {
  firstLineRange,
  jsonTree,
  resolvePrintedSegments,
  targetRange,
  type JsonTarget,
  type TextRange,
} from './json-tree';
import { botocorePathSegments } from './printed-path';

/**
 * The console's answer to `aws ecs register-task-definition --cli-input-json file://…`, turned
 * into editor diagnostics: each line of the tools' error text placed where it names a field of
 * the learner's JSON, or on line 1 when it names none. The message of each is the tool's own line;
 * Dockyard's hint lines are added to the diagnostic they follow.
 */
export interface EditorDiagnostic extends TextRange {
  readonly message: string;
}

const BOTOCORE: readonly [
  RegExp,
  (groups: readonly string[]) => { path: string; member?: string; part: 'key' | 'value' },
][] = [
  [/^Invalid type for parameter (.+?), value: /, ([path]) => ({ path: path ?? '', part: 'value' })],
  [/^Invalid length for parameter (.+?), value: /, ([path]) => ({ path: path ?? '', part: 'value' })],
  [/^Invalid value for parameter (.+?), value: /, ([path]) => ({ path: path ?? '', part: 'value' })],
  [/^Missing required parameter in (.+): "(.*)"$/, ([path]) => ({ path: path ?? '', part: 'key' })],
  [
    /^Unknown parameter in (.+?): "(.*?)", must be one of: /,
    ([path, member]) => ({ path: path ?? '', member: member ?? '', part: 'key' }),
  ],
];

const SERVICE_ERROR = /^An error occurred \(([\w.]+)\) when calling the \w+ operation: (.*)$/s;
const INVALID_JSON = /^Error parsing parameter '(--)?cli-input-json': Invalid JSON received\.$/;
const HINT = 'Dockyard: ';

/** Python counts code points; the editor counts UTF-16 units. */
function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  for (let count = 0; count < codePoints && offset < text.length; count += 1) {
    offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  }
  return offset;
}

/** Python's JSONDecodeError position (`… (char N)`) as a one-character range, with its text. */
function jsonSyntaxError(text: string, line: string): EditorDiagnostic {
  const parsed = parsePythonJson(text);
  if (parsed.ok) return { ...firstLineRange(text), message: line };
  const char = /\(char (\d+)\)$/.exec(parsed.message);
  const message = `${line}\nPython's json module: ${parsed.message}`;
  if (char === null) return { ...firstLineRange(text), message };
  const at = Math.min(utf16Offset(text, Number(char[1])), text.length);
  return at < text.length
    ? { from: at, to: at + 1, message }
    : { from: Math.max(0, at - 1), to: at, message };
}

function placed(
  text: string,
  root: Node | undefined,
  targets: readonly JsonTarget[],
  message: string,
): EditorDiagnostic[] {
  const ranges = root === undefined ? [] : targets.flatMap((target) => targetRange(root, target) ?? []);
  const unique = ranges.filter(
    (range, index) => ranges.findIndex((r) => r.from === range.from && r.to === range.to) === index,
  );
  return unique.length === 0
    ? [{ ...firstLineRange(text), message }]
    : unique.map((range) => ({ ...range, message }));
}

function botocoreTarget(root: Node | undefined, line: string): JsonTarget | null {
  for (const [pattern, read] of BOTOCORE) {
    const match = pattern.exec(line);
    if (match === null) continue;
    const { path, member, part } = read(match.slice(1));
    const printed = botocorePathSegments(path);
    const segments = member === undefined ? printed : [...printed, member];
    return { path: root === undefined ? segments : resolvePrintedSegments(root, segments), part };
  }
  return null;
}

function parsedRequest(text: string): unknown {
  const parsed = parsePythonJson(text);
  return parsed.ok ? parsed.value : undefined;
}

/** Diagnostics for the console's output about `text`; [] when the output is not an error. */
export function cliDiagnostics(text: string, output: string, isError: boolean): EditorDiagnostic[] {
  if (!isError) return [];
  const root = jsonTree(text);
  const diagnostics: EditorDiagnostic[][] = [];
  for (const line of output.split('\n')) {
    if (line.trim() === '' || line === 'Parameter validation failed:') continue;
    if (line.startsWith(HINT)) {
      const last = diagnostics.at(-1);
      if (last !== undefined)
        diagnostics[diagnostics.length - 1] = last.map((d) => ({ ...d, message: `${d.message}\n${line}` }));
      continue;
    }
    if (INVALID_JSON.test(line)) {
      diagnostics.push([jsonSyntaxError(text, line)]);
      continue;
    }
    const target = botocoreTarget(root, line);
    if (target !== null) {
      diagnostics.push(placed(text, root, [target], line));
      continue;
    }
    const service = SERVICE_ERROR.exec(line);
    const targets =
      service?.[1] === 'ClientException' ? ecsMessageTargets(service[2] ?? '', parsedRequest(text)) : [];
    diagnostics.push(placed(text, root, targets, line));
  }
  return diagnostics.flat();
}
