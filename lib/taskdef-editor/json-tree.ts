import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/**
 * Where things are in the editor's text: a JSON path (keys and array indexes) resolved to a
 * character range with jsonc-parser's syntax tree, which survives the half-typed JSON the CLI
 * refuses (it recovers what it can).
 */

export type JsonPath = readonly (string | number)[];

export interface TextRange {
  readonly from: number;
  readonly to: number;
}

/** `key`: the property's name (for a missing or unknown member, or a whole object); `value`: its value. */
export type RangePart = 'key' | 'value';

export interface JsonTarget {
  readonly path: JsonPath;
  readonly part: RangePart;
}

export function jsonTree(text: string): Node | undefined {
  return parseTree(text, [], { allowTrailingComma: true, disallowComments: true });
}

/** The key of an object's property, if the node is the value of one. */
function keyNode(node: Node): Node | undefined {
  const parent = node.parent;
  return parent?.type === 'property' ? parent.children?.[0] : undefined;
}

/** An object or array in a list has no key: point at its opening bracket. */
function openingBracket(node: Node): TextRange {
  return { from: node.offset, to: node.offset + 1 };
}

function nodeRange(node: Node, part: RangePart): TextRange {
  const key = keyNode(node);
  const container = node.type === 'object' || node.type === 'array';
  if (part === 'key' || container) {
    if (key !== undefined) return { from: key.offset, to: key.offset + key.length };
    return openingBracket(node);
  }
  return { from: node.offset, to: node.offset + node.length };
}

/** The property names of an object node, in text order. */
function propertyNames(node: Node): string[] {
  return (node.children ?? []).flatMap((property) => {
    const key = property.children?.[0];
    return typeof key?.value === 'string' ? [key.value] : [];
  });
}

/**
 * botocore joins map keys with dots too (`dockerLabels.com.example.tier`), so a path segment may
 * be several segments of the printed path: at an object, take the longest run that is a key.
 */
export function resolvePrintedSegments(root: Node, segments: readonly (string | number)[]): JsonPath {
  const path: (string | number)[] = [];
  let node: Node | undefined = root;
  let index = 0;
  while (index < segments.length && node !== undefined) {
    const segment = segments[index];
    if (typeof segment === 'number' || node.type !== 'object') {
      path.push(segment as string | number);
      node = findNodeAtLocation(root, path);
      index += 1;
      continue;
    }
    const names = propertyNames(node);
    let taken = 1;
    for (let end = segments.length; end > index + 1; end -= 1) {
      const joined = segments.slice(index, end).join('.');
      if (names.includes(joined)) {
        taken = end - index;
        break;
      }
    }
    path.push(segments.slice(index, index + taken).join('.'));
    node = findNodeAtLocation(root, path);
    index += taken;
  }
  return [...path, ...segments.slice(index)];
}

/**
 * The text range of a target, or of its nearest ancestor that exists (a missing `cpu` points at
 * its object); null when nothing of the path exists but the root.
 */
export function targetRange(root: Node, target: JsonTarget): TextRange | null {
  for (let length = target.path.length; length > 0; length -= 1) {
    const node = findNodeAtLocation(root, target.path.slice(0, length) as (string | number)[]);
    if (node !== undefined) return nodeRange(node, length === target.path.length ? target.part : 'key');
  }
  return null;
}

/** The range of line 1, where a message that names no field goes. */
export function firstLineRange(text: string): TextRange {
  const end = text.indexOf('\n');
  return { from: 0, to: end === -1 ? text.length : end };
}
