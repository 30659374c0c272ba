import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzRuns, fuzzTimeout } from '../../../testing/fuzz-runs';
import { cliFiles } from './cli-files';
import { readCliInputJson } from './cli-input-json';
import {
  BOOLEAN,
  INTEGER,
  listOf,
  mapOf,
  STRING,
  structure,
  type InputShape,
  type ParamKind,
} from './input-shape';
import { parsePythonJson } from './python-json';
import { parseShorthand } from './shorthand';
import { parseStructuredParam } from './structured-param';
import { decodeBase64UserData, encodeBase64UserData } from './user-data';

const runs = { numRuns: fuzzRuns() };

/** Every message the input layer prints starts with one of the CLI's (or Python's) own prefixes. */
const CLI_PREFIXES = [
  "Error parsing parameter '",
  'Unable to load paramfile ',
  'argument --',
  'invalid literal for int() with base 10: ',
  'int() argument must be a string',
  'could not convert string to float: ',
  'float() argument must be a string',
  "'dict' object has no attribute 'lower'",
  "'list' object has no attribute 'lower'",
  'string index out of range',
  'maximum recursion depth exceeded while decoding a JSON',
];

const DECODE_ERROR =
  /^(Expecting value|Expecting property name enclosed in double quotes|Expecting ':' delimiter|Expecting ',' delimiter|Illegal trailing comma before end of (object|array)|Unterminated string starting at|Invalid control character at|Invalid \\escape|Invalid \\uXXXX escape|Extra data|Unexpected UTF-8 BOM \(decode using utf-8-sig\)): line \d+ column \d+ \(char \d+\)$/;

const files = cliFiles({
  'a.json': '{"a": [1, 2]}',
  'b.txt': 'x=1,y=[2,3]',
  'c.json': '[{"type":"spread"},',
});

/** Text made mostly of the characters JSON and shorthand care about, so the parsers go deep. */
const syntaxText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'{}[]:,="\'\\@ \n\t0123456789-.eEtrufalsnNIyab_'.split('')),
      fc.constantFrom(
        'file://a.json',
        'file://b.txt',
        'file://c.json',
        'file://none',
        '😀',
        'null',
        'true',
        '\\u00e9',
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(syntaxText, fc.string(), fc.string({ unit: 'grapheme' }), fc.json());

const shapes: fc.Arbitrary<ParamKind | InputShape> = fc.constantFrom<ParamKind | InputShape>(
  'structure',
  'map',
  'list',
  'string-list',
  listOf(structure({ capacityProvider: STRING, weight: INTEGER, base: INTEGER })),
  structure({ awsvpcConfiguration: structure({ subnets: listOf(STRING), assignPublicIp: STRING }) }),
  structure({ enable: BOOLEAN, limits: mapOf(INTEGER), target: { type: 'double' } }),
  listOf(INTEGER),
);

const startsLikeTheCli = (message: string): boolean =>
  CLI_PREFIXES.some((prefix) => message.startsWith(prefix));

describe('parsePythonJson (properties)', () => {
  it(
    'never throws, and every failure is one of Python’s json messages with its position',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, async (text) => {
          await breathe();
          const result = parsePythonJson(text);
          if (!result.ok) {
            const known =
              DECODE_ERROR.test(result.message) ||
              result.message.startsWith('Exceeds the limit (4300 digits)') ||
              result.message.startsWith('maximum recursion depth exceeded');
            expect(known, result.message).toBe(true);
          }
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );

  it(
    'reads any valid JSON to the same value as JSON.parse',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.json({ maxDepth: 6 }), fc.constantFrom('', ' ', '\n\t'), async (text, pad) => {
          await breathe();
          expect(parsePythonJson(`${pad}${text}${pad}`)).toEqual({ ok: true, value: JSON.parse(text) });
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );
});

describe('parseShorthand (properties)', () => {
  it(
    'never throws, and every failure is the CLI’s parameter error or its paramfile error',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, async (text) => {
          await breathe();
          const result = parseShorthand(text, '--x', files);
          if (!result.ok) expect(startsLikeTheCli(result.error), result.error).toBe(true);
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );
});

describe('parseStructuredParam (properties)', () => {
  it(
    'never throws, and every failure starts with one of the CLI’s prefixes',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(anyText, { maxLength: 3 }), shapes, async (words, shape) => {
          await breathe();
          const result = parseStructuredParam(words, '--x', shape, files);
          if (!result.ok) expect(startsLikeTheCli(result.error), result.error).toBe(true);
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );

  it(
    'reads JSON given inline or from a file to the same value',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.json({ maxDepth: 4 }), async (text) => {
          await breathe();
          const value: unknown = JSON.parse(text);
          if (value === null || typeof value !== 'object') return;
          const kind = Array.isArray(value) ? 'list' : 'structure';
          const inline = parseStructuredParam([text], '--x', kind);
          const fromFile = parseStructuredParam(['file://p.json'], '--x', kind, cliFiles({ 'p.json': text }));
          expect(inline).toEqual({ ok: true, value });
          expect(fromFile).toEqual(inline);
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );
});

describe('readCliInputJson (properties)', () => {
  it(
    'never throws; it returns an object or the CLI’s error',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, async (text) => {
          await breathe();
          const result = readCliInputJson(text, files);
          if (result.ok) expect(typeof result.value).toBe('object');
          else expect(startsLikeTheCli(result.error), result.error).toBe(true);
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );
});

describe('decodeBase64UserData (properties)', () => {
  it(
    'never throws, and decodes what encodeBase64UserData encoded',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.string(), async (text, junk) => {
          await breathe();
          expect(decodeBase64UserData(encodeBase64UserData(text))).toEqual({ ok: true, text });
          const result = decodeBase64UserData(junk);
          if (!result.ok) expect(result.error.code).toBe('InvalidUserData.Malformed');
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );
});
