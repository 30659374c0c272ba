import { describe, expect, it } from 'vitest';
import { cliFiles } from '../cli/aws/input/cli-files';
import { eksCli } from '../cli/eks/eks-cli';
import { runConsoleLine } from '../cli/run-console-line';
import type { Session } from '../sim/core/session';
import type { EksCommand } from '../sim/eks/commands';
import { eksSimulator } from '../sim/eks/simulator';
import type { EksState } from '../sim/eks/types';
import { sessionForPreset } from '../sim/simulator-entry';
import { applyLine, checkManifest, manifestFileName } from './check-manifest';
import { namedPath, pathSegments } from './manifest-diagnostics';

const session = () =>
  sessionForPreset(eksSimulator, 'three-nodes') as unknown as Session<EksState, EksCommand>;

const WEB_AND_SERVICE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: shop
          image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
      targetPort: 80
`;

const check = (text: string) => checkManifest(session(), eksCli, {}, manifestFileName(text), text);
const marked = (text: string) => {
  const [diagnostic] = check(text).diagnostics;
  return diagnostic === undefined ? null : text.slice(diagnostic.from, diagnostic.to);
};

describe('the manifest editor’s check', () => {
  it('is `kubectl apply -f` on the current session: a Deployment and its Service, each reported', () => {
    expect(applyLine('shop.yaml')).toBe('kubectl apply -f shop.yaml');
    expect(manifestFileName(WEB_AND_SERVICE)).toBe('shop.yaml');
    expect(check(WEB_AND_SERVICE)).toEqual({
      output: 'deployment.apps/shop created\nservice/shop created',
      isError: false,
      diagnostics: [],
    });
  });

  it('applies the documents kubectl accepts and reports the one the API server refuses', () => {
    const first = checkManifest(session(), eksCli, {}, 'shop.yaml', WEB_AND_SERVICE);
    expect(first.isError).toBe(false);
    const applied = runConsoleLine(
      session(),
      'kubectl apply -f shop.yaml',
      eksCli,
      cliFiles({ 'shop.yaml': WEB_AND_SERVICE }),
    );
    // The selector of a Deployment cannot change; the Service's port can.
    const second = WEB_AND_SERVICE.replace(/app: shop/g, 'app: store').replace('- port: 80', '- port: 8080');
    const result = checkManifest(applied.session, eksCli, {}, 'shop.yaml', second);
    expect(result.output).toBe(
      'service/shop configured\nThe Deployment "shop" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"store"}}: field is immutable',
    );
    expect(result.isError).toBe(true);
    expect(second.slice(result.diagnostics[0]!.from, result.diagnostics[0]!.to)).toBe('selector');
  });

  it('marks a YAML error on the line kubectl names', () => {
    const broken = WEB_AND_SERVICE.replace('  replicas: 2', '  replicas: 2\n   bad: [');
    const result = check(broken);
    expect(result.isError).toBe(true);
    expect(result.output).toMatch(
      /^error: error parsing shop\.yaml: error converting YAML to JSON: yaml: line \d+: /,
    );
    expect(result.diagnostics).toHaveLength(1);
  });

  it('marks the field an error names: an unknown field, a missing image', () => {
    expect(marked(WEB_AND_SERVICE.replace('  replicas: 2', '  replica: 2'))).toBe('replica');
    const noImage = WEB_AND_SERVICE.replace('          image: nginx:1.27\n', '');
    expect(check(noImage).output).toMatch(/spec\.template\.spec\.containers\[0\]\.image: Required value/);
    expect(marked(noImage)).toBe('name: shop');
  });

  it('says kubectl cannot connect before the cluster exists, on line 1', () => {
    const empty = sessionForPreset(eksSimulator, 'empty-account') as unknown as Session<EksState, EksCommand>;
    const result = checkManifest(empty, eksCli, {}, 'shop.yaml', WEB_AND_SERVICE);
    expect(result.isError).toBe(true);
    expect(result.output).toMatch(/localhost:8080/);
    expect(result.diagnostics[0]?.from).toBe(0);
  });
});

describe('paths in error texts', () => {
  it('reads the field path kubectl and the API server print', () => {
    expect(pathSegments('spec.template.spec.containers[0].resources.requests.cpu')).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'resources',
      'requests',
      'cpu',
    ]);
    expect(namedPath('strict decoding error: unknown field "spec.replica"')).toBe('spec.replica');
    expect(
      namedPath('The Deployment "web" is invalid: spec.template.spec.containers[0].image: Required value'),
    ).toBe('spec.template.spec.containers[0].image');
    expect(namedPath('error: the server could not find the requested resource')).toBeNull();
  });
});
