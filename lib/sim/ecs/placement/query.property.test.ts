import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import type { Operator, QueryNode, Subject } from './query-ast';
import { parseQuery } from './query-parser';

const runs = { numRuns: fuzzRuns() };

/** Pieces of the language, so random strings reach past the first token often. */
const fragment = fc.constantFrom(
  'attribute:ecs.instance-type',
  'task:group',
  'agentVersion',
  'registeredAt',
  'runningTasksCount',
  'ec2InstanceId',
  'agentConnected',
  '==',
  '!=',
  '>',
  '>=',
  '<',
  '<=',
  '=~',
  '!~',
  'exists',
  '!exists',
  'not_exists',
  'in',
  '!in',
  'not_in',
  'matches',
  'equals',
  'and',
  'or',
  'not',
  '&&',
  '||',
  '!',
  '(',
  ')',
  '[',
  ']',
  ',',
  "'",
  '"',
  't2.*',
  'us-east-1a',
  '1.14.5',
  '2018-02-13',
  '12',
  'true',
  ' ',
  '=',
  '~',
  '&',
  '|',
);
const sourceArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(' ')),
  fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join('')),
);

type Plain =
  | { kind: 'and' | 'or'; left: Plain; right: Plain }
  | { kind: 'not'; operand: Plain }
  | { kind: 'compare'; subject: Subject; op: Operator; args: string[] };

const value = fc
  .stringMatching(/^[a-z0-9][a-z0-9.:_-]{0,8}$/)
  .filter((v) => !['and', 'or', 'not', 'in'].includes(v));
const compareArb: fc.Arbitrary<Plain> = fc.oneof(
  fc.record({
    kind: fc.constant('compare' as const),
    subject: fc.oneof(
      fc.record({
        kind: fc.constant('attribute' as const),
        name: fc.stringMatching(/^[a-z][a-z0-9.-]{0,10}$/),
      }),
      fc.constant({ kind: 'taskGroup' as const }),
    ),
    op: fc.constantFrom<Operator>('==', '!=', '=~', '!~'),
    args: value.map((v) => [v]),
  }),
  fc.record({
    kind: fc.constant('compare' as const),
    subject: fc.constant({ kind: 'attribute' as const, name: 'ecs.availability-zone' }),
    op: fc.constantFrom<Operator>('in', '!in'),
    args: fc.array(value, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('compare' as const),
    subject: fc.constant({ kind: 'runningTasksCount' as const }),
    op: fc.constantFrom<Operator>('==', '!=', '>', '>=', '<', '<='),
    args: fc.nat({ max: 99 }).map((n) => [String(n)]),
  }),
  fc.record({
    kind: fc.constant('compare' as const),
    subject: fc.constant({ kind: 'attribute' as const, name: 'gpu' }),
    op: fc.constantFrom<Operator>('exists', '!exists'),
    args: fc.constant<string[]>([]),
  }),
);
const { tree } = fc.letrec<{ tree: Plain }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    compareArb,
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      left: tie('tree'),
      right: tie('tree'),
    }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('tree') }),
  ),
}));

const WORDS: Partial<Record<Operator, string>> = {
  '==': 'equals',
  '!=': 'not_equals',
  in: 'in',
  '!in': 'not_in',
  '=~': 'matches',
  '!~': 'not_matches',
  exists: 'exists',
  '!exists': 'not_exists',
};
const SUBJECT = (s: Subject) =>
  s.kind === 'attribute' ? `attribute:${s.name}` : s.kind === 'taskGroup' ? 'task:group' : s.kind;

function print(node: Plain, words: boolean): string {
  switch (node.kind) {
    case 'and':
      return `(${print(node.left, words)}) ${words ? 'and' : '&&'} (${print(node.right, words)})`;
    case 'or':
      return `(${print(node.left, words)}) ${words ? 'or' : '||'} (${print(node.right, words)})`;
    case 'not':
      return `${words ? 'not' : '!'}(${print(node.operand, words)})`;
    case 'compare': {
      const op = words ? (WORDS[node.op] ?? node.op) : node.op;
      const args =
        node.op === 'in' || node.op === '!in'
          ? `[${node.args.map((a) => `'${a}'`).join(', ')}]`
          : (node.args[0] ?? '');
      return `${SUBJECT(node.subject)} ${op} ${args}`.trim();
    }
  }
}

function plain(node: QueryNode): Plain {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, left: plain(node.left), right: plain(node.right) };
    case 'not':
      return { kind: 'not', operand: plain(node.operand) };
    case 'compare':
      return { kind: 'compare', subject: node.subject, op: node.op, args: [...node.args] };
  }
}

describe('parseQuery (properties)', () => {
  it(
    'never throws, and every error says where: a position inside the text (or that it is empty)',
    async () => {
      await fc.assert(
        fc.asyncProperty(sourceArb, async (source) => {
          await breathe();
          const parsed = parseQuery(source);
          if (parsed.ok) return;
          const { message, at } = parsed.error;
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(source.length);
          if (message === 'The expression is empty') {
            expect(source.trim()).toBe('');
            return;
          }
          const shown = /position (\d+)/.exec(message);
          expect(shown, message).not.toBeNull();
          expect(Number(shown?.[1])).toBeGreaterThanOrEqual(1);
          expect(Number(shown?.[1])).toBeLessThanOrEqual(source.length + 1);
        }),
        runs,
      );
    },
    fuzzTimeout(),
  );

  it(
    'reads back any expression it can print, in symbol or word forms',
    async () => {
      await fc.assert(
        fc.asyncProperty(tree, fc.boolean(), async (node, words) => {
          await breathe();
          const parsed = parseQuery(print(node, words));
          if (!parsed.ok) throw new Error(`${print(node, words)}: ${parsed.error.message}`);
          expect(plain(parsed.query)).toEqual(node);
        }),
        runs,
      );
    },
    fuzzTimeout(),
  );
});
