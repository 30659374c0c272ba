import { describe, expect, it } from 'vitest';
import { humanDuration } from './kubectl-age';
import { parseKubectlFlags } from './kubectl-flags';
import { resourceArgs, resourceType } from './kubectl-resources';
import { parseManifests } from '../../sim/eks/manifest';
import { EKS_EXAMPLE_FILES } from '../../sim/eks/example-files';

describe('kubectl ages', () => {
  it('prints durations as kubectl does (reference §7.6)', () => {
    expect(humanDuration(45_000)).toBe('45s');
    expect(humanDuration(119_000)).toBe('119s');
    expect(humanDuration((7 * 60 + 51) * 1000)).toBe('7m51s');
    expect(humanDuration(25 * 60_000)).toBe('25m');
    expect(humanDuration((5 * 60 + 13) * 60_000)).toBe('5h13m');
    expect(humanDuration(20 * 3_600_000)).toBe('20h');
    expect(humanDuration(49 * 3_600_000)).toBe('2d1h');
  });
});

describe('kubectl flags', () => {
  it('reads long, short, attached and boolean flags as pflag does', () => {
    const parsed = parseKubectlFlags(
      ['pods', '-n', 'kube-system', '-owide', '--selector=app=web', '-A'],
      'get',
    );
    expect(parsed).toMatchObject({
      ok: true,
      words: ['pods'],
      flags: { namespace: 'kube-system', output: 'wide', selector: 'app=web', allNamespaces: true },
    });
  });

  it('refuses what kubectl refuses, in its words', () => {
    expect(parseKubectlFlags(['pods', '--watchh'], 'get')).toEqual({
      ok: false,
      error: "error: unknown flag: --watchh\nSee 'kubectl get --help' for usage.",
    });
    expect(parseKubectlFlags(['pods', '-x'], 'get')).toEqual({
      ok: false,
      error: "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.",
    });
    expect(parseKubectlFlags(['pods', '-n'], 'get')).toMatchObject({
      ok: false,
      error: expect.stringContaining('flag needs an argument'),
    });
  });

  it('knows the short names and the TYPE/NAME form', () => {
    expect(resourceType('deploy')).toBe('deployments');
    expect(resourceType('deployment.apps')).toBe('deployments');
    expect(resourceType('po')).toBe('pods');
    expect(resourceType('podz')).toBeNull();
    expect(resourceArgs(['deployment/web'])).toEqual({ type: 'deployment', names: ['web'] });
  });
});

describe('manifests', () => {
  it('reads the example Deployment with its requests and the API server’s defaults', () => {
    const parsed = parseManifests(EKS_EXAMPLE_FILES['web.yaml'] ?? '', 'web.yaml');
    expect(parsed).toEqual({
      ok: true,
      objects: [
        {
          kind: 'Deployment',
          name: 'web',
          namespace: 'default',
          replicas: 3,
          selector: { app: 'web' },
          template: {
            labels: { app: 'web' },
            spec: {
              containers: [
                {
                  name: 'web',
                  image: 'nginx:1.27',
                  requests: { memory: 256, cpu: 250 },
                  limits: { memory: 512 },
                },
              ],
              nodeSelector: {},
              tolerations: [],
            },
          },
        },
      ],
    });
  });

  it('refuses a request above its limit, a missing image and a bad name, in the API server’s words', () => {
    const pod = (body: string) =>
      parseManifests(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n${body}`, 'pod.yaml');
    expect(
      pod(
        '  containers:\n    - name: a\n      image: nginx\n      resources:\n        requests: {cpu: "2"}\n        limits: {cpu: "1"}\n',
      ),
    ).toEqual({
      ok: false,
      error:
        'The Pod "x" is invalid: spec.containers[0].resources.requests: Invalid value: "2000": must be less than or equal to cpu limit of 1000',
    });
    expect(pod('  containers:\n    - name: a\n')).toEqual({
      ok: false,
      error: 'The Pod "x" is invalid: spec.containers[0].image: Required value',
    });
    expect(
      parseManifests(
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Web_App\nspec:\n  containers: [{name: a, image: nginx}]\n',
        'p.yaml',
      ),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^The Pod "Web_App" is invalid: metadata.name: Invalid value: "Web_App": a lowercase RFC 1123 subdomain/,
      ),
    });
  });

  it('says which kinds it simulates, and which placement fields it does not draw yet', () => {
    expect(
      parseManifests('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n', 's.yaml'),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('no matches for kind "StatefulSet" in version "apps/v1"'),
    });
    const withAntiAffinity = (EKS_EXAMPLE_FILES['web.yaml'] ?? '').replace(
      '      containers:',
      '      affinity:\n        podAntiAffinity: {}\n      containers:',
    );
    expect(parseManifests(withAntiAffinity, 'web.yaml')).toMatchObject({
      ok: false,
      error: expect.stringContaining('spec.template.spec.affinity.podAntiAffinity is valid Kubernetes'),
    });
  });
});
