import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { fuzzRuns } from '../../testing/fuzz-runs';
import { kubeObjectSchema, parseEksCommand } from '../../sim/eks/commands';
import { parseManifests } from '../../sim/eks/manifest';
import { readyCluster } from '../../sim/eks/testing';
import { cliFiles } from '../aws/input/cli-files';
import { EKS_EXAMPLE_FILES } from '../../sim/eks/example-files';
import { kubectlProgram, SUBCOMMANDS } from './kubectl';

const WORDS = [
  ...SUBCOMMANDS,
  'pods',
  'po',
  'nodes',
  'deploy',
  'deployment/web',
  'web',
  'image',
  'web=nginx:1.27.3',
  'undo',
  'status',
  'history',
  '-n',
  'kube-system',
  '-A',
  '-o',
  'wide',
  'yaml',
  'json',
  '-f',
  'web.yaml',
  '--replicas=3',
  '--replicas',
  '-1',
  '--image=nginx',
  '--ignore-daemonsets',
  'ip-192-168-32-4.ec2.internal',
  '--',
  '-',
  '--x=',
  '',
];

describe('kubectl under random input', () => {
  it('never throws; every command it dispatches is one the engine accepts', () => {
    const state = readyCluster(3);
    const files = cliFiles(EKS_EXAMPLE_FILES);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 7 }),
        (args) => {
          const result = kubectlProgram.run(args, state, files);
          if (result.kind === 'print') expect(typeof result.output).toBe('string');
          else expect(parseEksCommand(result.command).ok).toBe(true);
        },
      ),
      { numRuns: fuzzRuns() },
    );
  });
});

const manifestArb = fc.record(
  {
    apiVersion: fc.constantFrom('apps/v1', 'v1', 'v2', 7),
    kind: fc.constantFrom('Deployment', 'Pod', 'DaemonSet', 'Service', ''),
    metadata: fc.record(
      {
        name: fc.constantFrom('web', 'Web', '', 'a.b'),
        labels: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
      },
      { requiredKeys: [] },
    ),
    spec: fc.record(
      {
        replicas: fc.oneof(fc.integer({ min: -2, max: 2000 }), fc.string({ maxLength: 3 })),
        selector: fc.record({ matchLabels: fc.constantFrom({ app: 'web' }, {}, null) }),
        template: fc.record(
          {
            metadata: fc.record({ labels: fc.constantFrom({ app: 'web' }, { app: 'x' }) }),
            spec: fc.record(
              {
                containers: fc.array(
                  fc.record(
                    {
                      name: fc.constantFrom('web', 'Web', ''),
                      image: fc.constantFrom('nginx:1.27', '', 5),
                      resources: fc.record(
                        {
                          requests: fc.dictionary(
                            fc.constantFrom('cpu', 'memory', 'gpu'),
                            fc.oneof(fc.constantFrom('250m', '1Gi', 'lots', '-1', '1e3'), fc.double()),
                          ),
                          limits: fc.dictionary(
                            fc.constantFrom('cpu', 'memory'),
                            fc.constantFrom('1', '512Mi', 'x'),
                          ),
                        },
                        { requiredKeys: [] },
                      ),
                      extra: fc.anything(),
                    },
                    { requiredKeys: ['name'] },
                  ),
                  { maxLength: 2 },
                ),
                tolerations: fc.anything(),
                nodeSelector: fc.anything(),
              },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
        containers: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

describe('the manifest validator under random documents', () => {
  it('never throws, and whatever it accepts fits the engine’s schema', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          manifestArb.map((document) => stringify(document)),
          fc.string({ maxLength: 200 }),
        ),
        (text) => {
          const parsed = parseManifests(text, 'fuzz.yaml');
          if (!parsed.ok) {
            expect(parsed.error.length).toBeGreaterThan(0);
            return;
          }
          for (const object of parsed.objects) expect(kubeObjectSchema.safeParse(object).success).toBe(true);
        },
      ),
      { numRuns: fuzzRuns() },
    );
  });
});
