import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { REGISTER_TASK_DEFINITION_INPUT } from './ecs-task-definition-shape';
import { validateParams } from './validate';

const LINE =
  /^(Invalid type for parameter \S.*, value: .*, type: <class '\w+'>, valid types: .+|Missing required parameter in \S.*: ".*"|Unknown parameter in \S.*: ".*", must be one of: .+|Invalid length for parameter \S.*, value: \d+, valid min length: \d+|Invalid value for parameter \S.*, value: .*, valid min value: \d+)$/s;

/** Mostly right-shaped requests (so the walk goes deep), plus any JSON at all. */
const nearlyValid = fc.record(
  {
    family: fc.oneof(fc.string(), fc.jsonValue()),
    containerDefinitions: fc.array(
      fc.dictionary(
        fc.constantFrom(
          'name',
          'image',
          'cpu',
          'memory',
          'portMappings',
          'healthCheck',
          'essential',
          'memroy',
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxLength: 3 },
    ),
    cpu: fc.jsonValue({ maxDepth: 1 }),
    tags: fc.array(fc.record({ key: fc.string({ maxLength: 2 }), value: fc.jsonValue({ maxDepth: 1 }) }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: [] },
);

describe('validateParams (properties)', () => {
  it(
    'never throws; a rejection starts with "Parameter validation failed:" and every line names a path',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(nearlyValid, fc.jsonValue()), async (value) => {
          await breathe();
          const report = validateParams(REGISTER_TASK_DEFINITION_INPUT, value);
          if (report === null) return;
          const [first, ...lines] = report.split('\n');
          expect(first).toBe('Parameter validation failed:');
          expect(lines.length).toBeGreaterThan(0);
          // A value printed by repr may itself hold a newline only inside quotes; split on the
          // known line starts instead of raw newlines.
          const joined = lines.join('\n');
          const parts = joined.split(/\n(?=Invalid |Missing |Unknown )/);
          for (const part of parts) expect(part).toMatch(LINE);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(2),
  );
});
