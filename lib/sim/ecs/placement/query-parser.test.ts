import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parser';

function ok(source: string) {
  const parsed = parseQuery(source);
  if (!parsed.ok) throw new Error(`expected ${source} to parse: ${parsed.error.message}`);
  return parsed.query;
}

function error(source: string) {
  const parsed = parseQuery(source);
  if (parsed.ok) throw new Error(`expected ${source} to be refused`);
  return parsed.error;
}

describe('parseQuery', () => {
  it('accepts every example expression of the developer guide (§4.3)', () => {
    for (const example of [
      'attribute:ecs.instance-type == t2.small',
      'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]',
      'attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d',
      'task:group == service:production',
      'not(task:group == database)',
      'runningTasksCount == 1',
      'agentVersion < 1.14.5',
      'registeredAt < 2018-02-13',
      "ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']",
      '(attribute:a == x or attribute:b == y) and attribute:c exists',
    ]) {
      expect(parseQuery(example).ok, example).toBe(true);
    }
  });

  it('reads a comparison as subject, operator and argument (§4.3)', () => {
    expect(ok('attribute:ecs.instance-type == t2.small')).toEqual({
      kind: 'compare',
      subject: { kind: 'attribute', name: 'ecs.instance-type' },
      op: '==',
      args: ['t2.small'],
      at: 0,
    });
  });

  it('normalises the word operators to their symbols (§4.3 operator table)', () => {
    const pairs: [string, string][] = [
      ['equals', '=='],
      ['not_equals', '!='],
      ['greater_than', '>'],
      ['greater_than_equal', '>='],
      ['less_than', '<'],
      ['less_than_equal', '<='],
    ];
    for (const [word, symbol] of pairs) {
      expect(ok(`attribute:size ${word} 3`)).toMatchObject({ op: symbol });
    }
    expect(ok('attribute:x exists')).toMatchObject({ op: 'exists', args: [] });
    expect(ok('attribute:x not_exists')).toMatchObject({ op: '!exists' });
    expect(ok('attribute:x !exists')).toMatchObject({ op: '!exists' });
    expect(ok('attribute:x not_in [a]')).toMatchObject({ op: '!in', args: ['a'] });
    expect(ok('attribute:x !in [a, b]')).toMatchObject({ op: '!in', args: ['a', 'b'] });
    expect(ok('attribute:x matches t3.*')).toMatchObject({ op: '=~' });
    expect(ok('attribute:x not_matches t3.*')).toMatchObject({ op: '!~' });
    expect(ok('attribute:x !~ t3.*')).toMatchObject({ op: '!~' });
  });

  it('lets operators touch their operands and accepts quoted values of either kind', () => {
    expect(ok('attribute:flavor==cpu&&attribute:b!="x y"')).toMatchObject({
      kind: 'and',
      left: { op: '==', args: ['cpu'] },
      right: { op: '!=', args: ['x y'] },
    });
  });

  it('binds not tighter than and, and and tighter than or; parentheses override (§4.3)', () => {
    expect(ok('attribute:a exists or attribute:b exists and attribute:c exists')).toMatchObject({
      kind: 'or',
      right: { kind: 'and' },
    });
    expect(ok('(attribute:a exists or attribute:b exists) && attribute:c exists')).toMatchObject({
      kind: 'and',
      left: { kind: 'or' },
    });
    expect(ok('! attribute:a exists || attribute:b exists')).toMatchObject({
      kind: 'or',
      left: { kind: 'not' },
    });
    expect(ok('NOT attribute:a exists AND attribute:b exists')).toMatchObject({
      kind: 'and',
      left: { kind: 'not' },
    });
  });

  it('compiles =~ as a whole-value match, as Java’s matches does', () => {
    const query = ok('attribute:ecs.instance-type =~ t2.*');
    expect(query.kind === 'compare' && query.regex?.test('t2.small')).toBe(true);
    expect(query.kind === 'compare' && query.regex?.test('xt2.small')).toBe(false);
  });

  it('reads agentVersion, registeredAt and runningTasksCount literals as typed keys (§4.3)', () => {
    expect(ok('agentVersion >= 1.14.5')).toMatchObject({ ordinals: [{ key: [1, 14, 5] }] });
    expect(ok('registeredAt < 2018-02-13')).toMatchObject({
      ordinals: [{ key: [Date.UTC(2018, 1, 13)], unit: 'day' }],
    });
    expect(ok('registeredAt > 2018-06-18T22:28:28+02:00')).toMatchObject({
      ordinals: [{ key: [Date.UTC(2018, 5, 18, 20, 28, 28)], unit: 'second' }],
    });
    expect(ok('registeredAt == 2018-06-18T22:28:28Z')).toMatchObject({ ordinals: [{ unit: 'second' }] });
    expect(ok('registeredAt == 2018-06-18T22:28:28')).toMatchObject({ ordinals: [{ unit: 'second' }] });
    expect(ok('runningTasksCount <= 12')).toMatchObject({ ordinals: [{ key: [12] }] });
  });

  it('refuses an empty expression', () => {
    expect(error('   ').message).toBe('The expression is empty');
  });

  it('names an unknown subject, suggesting the right spelling when only the case differs', () => {
    expect(error('instanceType == t2.small').message).toContain(
      "Unknown subject 'instanceType' at position 1",
    );
    expect(error('runningtaskscount == 1').message).toContain("Did you mean 'runningTasksCount'?");
    expect(error('attribute: == x').message).toContain("Expected an attribute name after 'attribute:'");
  });

  it('says which operator is missing or wrong, and where', () => {
    expect(error('attribute:a').message).toBe("Expected an operator after 'attribute:a' at position 12");
    expect(error('attribute:a is b').message).toBe(
      "Expected an operator after 'attribute:a' at position 13, found 'is'",
    );
    expect(error('attribute:a = b')).toEqual({ message: "Unexpected character '=' at position 13", at: 12 });
  });

  it('refuses operators the guide does not list for a subject (§4.3)', () => {
    expect(error('ec2InstanceId > i-1').message).toContain("Operator '>' is not valid for ec2InstanceId");
    expect(error('runningTasksCount in [1, 2]').message).toContain(
      "Operator 'in' is not valid for runningTasksCount",
    );
    expect(error('agentConnected exists').message).toContain('Valid operators: ==, !=, in, !in, =~, !~');
  });

  it('explains what a typed subject expects', () => {
    expect(error('agentVersion < new').message).toContain(
      "agentVersion expects a version such as 1.14.5, found 'new'",
    );
    expect(error('registeredAt < 2018-02-30').message).toContain('registeredAt expects a date');
    expect(error('runningTasksCount == -1').message).toContain('runningTasksCount expects a whole number');
  });

  it('requires a list after in, with values separated by commas', () => {
    expect(error('attribute:a in b').message).toContain("'in' expects a list such as [a, b]");
    expect(error('attribute:a in []').message).toContain("The list after 'in' is empty");
    expect(error('attribute:a in [b c]').message).toContain(
      "Expected ',' or ']' in the list at position 19, found 'c'",
    );
    expect(error('attribute:a in [b,').message).toContain("Expected a value after ','");
  });

  it('reports unbalanced parentheses and leftovers', () => {
    expect(error('(attribute:a exists').message).toBe(
      "Expected ')' to close the '(' at position 1, found the end of the expression",
    );
    expect(error('attribute:a exists)').message).toBe(
      "Expected 'and', 'or' or the end of the expression at position 19, found ')'",
    );
    expect(error('attribute:a == b c').message).toContain("found 'c'");
  });

  it('reports an unterminated quote and an invalid regular expression', () => {
    expect(error("attribute:a == 'b").message).toBe('Unterminated quoted value starting at position 16');
    expect(error("attribute:a =~ '(b'").message).toContain("'(b' is not a valid regular expression");
  });

  it('asks for quotes when an unquoted value runs into a bracket', () => {
    expect(error('attribute:a =~ [ab]').message).toContain('quote values that contain brackets');
  });

  it('refuses nesting deeper than 100 levels instead of overflowing the stack', () => {
    expect(error(`${'('.repeat(150)}attribute:a exists${')'.repeat(150)}`).message).toContain(
      'nest at most 100 levels',
    );
    expect(error(`${'not '.repeat(150)}attribute:a exists`).message).toContain('nest at most 100 levels');
  });
});
