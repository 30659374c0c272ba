import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { isValidFargateSize } from './fargate-sizes';
import { KNOWN_MESSAGES } from './messages';
import { SERIALIZATION_MESSAGES } from './json-readers';
import { validateTaskDefinition } from './validate-task-definition';
import { EXECUTION_ROLE, PRIVATE_IMAGE } from './taskdef-fixtures';

/** Mostly values ECS accepts, now and then one it refuses. */
function mostly<T>(good: readonly T[], bad: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: fc.constantFrom(...bad) },
  );
}

/** An optional member: often absent, rarely null or any JSON at all (a wrong type). */
function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined | unknown> {
  return fc.oneof(
    { weight: 50, arbitrary: arb },
    { weight: 50, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
  );
}

/** A member ECS needs: nearly always there, rarely absent or of the wrong type. */
function needed<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined | unknown> {
  return fc.oneof(
    { weight: 200, arbitrary: arb },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
  );
}

const names = mostly(['web', 'app', 'init', 'db', 'a-b_c'], ['', 'bad name']);
const port = mostly([80, 443, 8080, 0, 53, 3000], [-1, 70_000]);

const container = fc.record({
  name: needed(names),
  image: needed(
    mostly(['nginx', 'redis:7', PRIVATE_IMAGE, `nginx@sha256:${'a'.repeat(64)}`], ['bad image', '']),
  ),
  cpu: optional(mostly([0, 64, 128, 256], [-1])),
  memory: optional(mostly([128, 256, 512, 1024], [2, 4096])),
  memoryReservation: optional(mostly([64, 128, 256], [8192])),
  essential: optional(mostly([true, true, false], [false])),
  portMappings: optional(
    fc.array(
      fc.record({
        containerPort: needed(port),
        hostPort: optional(port),
        protocol: optional(mostly(['tcp', 'udp'], ['http'])),
      }),
      { maxLength: 2 },
    ),
  ),
  dependsOn: optional(
    fc.array(
      fc.record({
        containerName: needed(names),
        condition: needed(mostly(['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'], ['NOPE'])),
      }),
      { maxLength: 1 },
    ),
  ),
  healthCheck: optional(
    fc.record({
      command: needed(
        mostly(
          [
            ['CMD', 'true'],
            ['CMD-SHELL', 'exit 0'],
          ],
          [['curl'], []],
        ),
      ),
      interval: optional(mostly([5, 30, 300], [4, 301])),
      timeout: optional(mostly([2, 5, 60], [1, 61])),
      retries: optional(mostly([1, 3, 10], [0, 11])),
      startPeriod: optional(mostly([0, 10, 300], [-1, 301])),
    }),
  ),
  logConfiguration: optional(
    fc.record({
      logDriver: needed(mostly(['awslogs', 'json-file'], ['awslogs'])),
      options: optional(mostly([{ 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' }], [{}])),
    }),
  ),
  secrets: optional(
    mostly([[]], [[{ name: 'DB', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' }]]),
  ),
  privileged: optional(mostly([false], [true])),
});

const request = fc.record({
  family: needed(mostly(['web', 'api'], ['', 'bad family'])),
  networkMode: optional(mostly(['bridge', 'host', 'awsvpc', 'awsvpc', 'none'], ['nat'])),
  requiresCompatibilities: optional(
    mostly([['EC2'], ['FARGATE'], ['FARGATE'], ['EC2', 'FARGATE'], ['EXTERNAL']], [['LAMBDA']]),
  ),
  cpu: optional(mostly(['256', '512', '1024', '1 vCPU', '4096'], ['64', 'fast'])),
  memory: optional(mostly(['512', '1024', '2048', '2 GB', '3GB'], ['0', 'lots'])),
  executionRoleArn: optional(fc.constant(EXECUTION_ROLE)),
  // Both are fine on EC2 and refused on Fargate: present now and then.
  ipcMode: mostly([undefined], ['task', 'host']),
  placementConstraints: mostly(
    [undefined, []],
    [
      [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }],
      [{ type: 'distinctInstance' }],
      [{ type: 'spread' }],
    ],
  ),
  containerDefinitions: needed(
    fc.oneof(
      {
        weight: 30,
        arbitrary: fc.uniqueArray(container, { minLength: 1, maxLength: 3, selector: (c) => c.name }),
      },
      { weight: 1, arbitrary: fc.array(container, { maxLength: 12 }) },
    ),
  ),
});

/** Half the requests take the Fargate path, with a size of the §2.3 table. */
const requests = fc
  .tuple(
    request,
    fc.boolean(),
    fc.constantFrom(['256', '512'], ['1 vCPU', '2 GB'], ['4096', '30720'], ['8192', '20 GB']),
  )
  .map(([r, fargate, [cpu, memory]]) =>
    fargate ? { ...r, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu, memory } : r,
  );

describe('validateTaskDefinition (properties)', () => {
  it(
    'never throws; refusals use a known text; acceptances keep an essential container and valid Fargate sizes',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 19, arbitrary: requests }, { weight: 1, arbitrary: fc.jsonValue() }),
          async (input) => {
            await breathe();
            const result = validateTaskDefinition(input);
            if (!result.ok) {
              const patterns =
                result.error.code === 'ClientException' ? KNOWN_MESSAGES : SERIALIZATION_MESSAGES;
              expect(
                patterns.some((p) => p.test(result.error.message)),
                result.error.message,
              ).toBe(true);
              return;
            }
            const def = result.definition;
            expect(def.containerDefinitions.length).toBeGreaterThan(0);
            expect(def.containerDefinitions.length).toBeLessThanOrEqual(10);
            expect(def.containerDefinitions.some((c) => c.essential)).toBe(true);
            expect(new Set(def.containerDefinitions.map((c) => c.name)).size).toBe(
              def.containerDefinitions.length,
            );
            expect(def.compatibilities).toContain('EC2');
            for (const compatibility of def.requiresCompatibilities)
              expect(def.compatibilities).toContain(compatibility);
            if (def.compatibilities.includes('FARGATE')) {
              expect(def.networkMode).toBe('awsvpc');
              expect(isValidFargateSize(def.cpu ?? -1, def.memory ?? -1)).toBe(true);
            }
            if (def.memory === null) {
              for (const c of def.containerDefinitions)
                expect(c.memory ?? c.memoryReservation).not.toBeNull();
            }
            for (const c of def.containerDefinitions) {
              for (const p of c.portMappings) {
                if (def.networkMode === 'awsvpc' || def.networkMode === 'host')
                  expect(p.hostPort).toBe(p.containerPort);
              }
            }
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(2),
  );
});
