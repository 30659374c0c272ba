import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import type { EditorDiagnostic } from '../taskdef-editor/cli-diagnostics';

/**
 * kubectl's answer to `kubectl apply -f FILE`, placed in the learner's YAML: a YAML error on the
 * line it names; a field error (`spec.template.spec.containers[0].image: Required value`,
 * `unknown field "spec.replica"`) on the deepest part of that path the text has; anything else on
 * line 1. The message is kubectl's own text.
 */

type Range = { readonly from: number; readonly to: number };

function lineRange(text: string, line: number): Range {
  const lines = text.split('\n');
  const index = Math.min(Math.max(line, 1), Math.max(lines.length, 1)) - 1;
  const from = lines.slice(0, index).reduce((sum, current) => sum + current.length + 1, 0);
  return { from, to: from + (lines[index]?.length ?? 0) };
}

/** `spec.template.spec.containers[0].image` → ['spec', 'template', 'spec', 'containers', 0, 'image']. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (match === null) return segments;
    if (match[1]) segments.push(match[1]);
    for (const index of match[2]?.matchAll(/\[(\d+)\]/g) ?? []) segments.push(Number(index[1]));
  }
  return segments;
}

/** The field path an error names, if any. */
export function namedPath(message: string): string | null {
  const unknown = /unknown field "([^"]+)"/.exec(message);
  if (unknown?.[1]) return unknown[1];
  const field = /(?:^|[\s:])((?:metadata|spec|apiVersion|kind)(?:[.[][\w.[\]/-]*)?):/.exec(message);
  return field?.[1] ?? null;
}

const rangeOf = (node: { range?: [number, number, number] | null } | null | undefined): Range | null =>
  node?.range ? { from: node.range[0], to: node.range[1] } : null;

/** How far `segments` go into a document, and the key or item where they stop. */
function deepest(
  root: Node | null,
  segments: readonly (string | number)[],
): { depth: number; range: Range | null } {
  let node: unknown = root;
  let found: { depth: number; range: Range | null } = { depth: 0, range: null };
  for (const [at, segment] of segments.entries()) {
    if (isMap(node) && typeof segment === 'string') {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
      if (pair === undefined) break;
      found = { depth: at + 1, range: rangeOf(pair.key as Node) };
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      found = { depth: at + 1, range: rangeOf(item as Node) };
      node = item;
    } else break;
  }
  return found;
}

function placeMessage(text: string, message: string): Range {
  const yamlLine = /error converting YAML to JSON: yaml: line (\d+)/.exec(message);
  if (yamlLine?.[1]) return lineRange(text, Number(yamlLine[1]));
  const path = namedPath(message);
  if (path !== null) {
    const segments = pathSegments(path);
    let best: { depth: number; range: Range | null } = { depth: 0, range: null };
    for (const document of parseAllDocuments(text) as Iterable<{ contents: Node | null }>) {
      const found = deepest(document.contents, segments);
      if (found.depth > best.depth) best = found;
    }
    // A list item's range spans the whole item: mark its first line, where the learner looks.
    if (best.range !== null) {
      const lineEnd = text.indexOf('\n', best.range.from);
      return { from: best.range.from, to: lineEnd === -1 ? best.range.to : Math.min(best.range.to, lineEnd) };
    }
  }
  return lineRange(text, 1);
}

export function manifestDiagnostics(text: string, output: string, isError: boolean): EditorDiagnostic[] {
  if (!isError || output.trim() === '') return [];
  return [{ ...placeMessage(text, output), message: output }];
}
