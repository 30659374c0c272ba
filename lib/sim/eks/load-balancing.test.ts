import { describe, expect, it } from 'vitest';
import { EKS_EXAMPLE_FILES } from './example-files';
import { parseManifests } from './manifest';
import { after, applyObject, deployment, readyCluster, template } from './testing';
import type { KubeObject } from './objects';
import type { EksState } from './types';

/**
 * Load balancers on EKS (EKS user guide, "Route TCP and UDP traffic with Network Load Balancers",
 * "Route application and HTTP traffic with Application Load Balancers"): the in-tree cloud provider
 * makes a Classic Load Balancer for a LoadBalancer Service; the AWS Load Balancer Controller makes a
 * Network Load Balancer for one annotated `aws-load-balancer-type: external`, and an Application
 * Load Balancer for an Ingress of class alb, named `k8s-<namespace>-<name>-<hash>`.
 */

function example(file: string): KubeObject {
  const parsed = parseManifests(EKS_EXAMPLE_FILES[file] ?? '', file);
  if (!parsed.ok) throw new Error(parsed.error);
  const [object] = parsed.objects;
  if (object === undefined) throw new Error(`${file} is empty`);
  return object;
}

const service = (state: EksState, name: string) =>
  state.services.find((candidate) => candidate.name === name);
const withController = (state: EksState) =>
  after(applyObject(state, example('aws-load-balancer-controller.yaml')), 30_000);
const web = () =>
  after(applyObject(readyCluster(), deployment('web', 2, template('web', { cpu: 100 }))), 30_000);
const clusterIp = {
  kind: 'Service' as const,
  name: 'web',
  namespace: 'default',
  type: 'ClusterIP' as const,
  selector: { app: 'web' },
  ports: [{ port: 80, targetPort: 80, protocol: 'TCP' as const, nodePort: null }],
};

describe('the AWS Load Balancer Controller', () => {
  it('leaves a Service annotated for it waiting while it is not installed: the in-tree provider ignores it', () => {
    const state = after(applyObject(web(), example('web-nlb.yaml')), 5 * 60_000);
    expect(service(state, 'web-nlb')?.loadBalancer).toBeNull();
  });

  it('makes a Network Load Balancer with pod IP targets, named k8s-<namespace>-<name>-<hash>', () => {
    let state = applyObject(withController(web()), example('web-nlb.yaml'));
    const balancer = service(state, 'web-nlb')?.loadBalancer;
    expect(balancer).toMatchObject({ kind: 'network', targetType: 'ip' });
    expect(balancer?.hostname).toMatch(
      /^k8s-default-webnlb-[0-9a-f]{10}-[0-9a-f]{16}\.elb\.us-east-1\.amazonaws\.com$/,
    );
    expect(
      state.kubeEvents
        .filter((event) => event.object === 'service/web-nlb')
        .map((event) => [event.reason, event.source]),
    ).toEqual([['SuccessfullyReconciled', 'service']]);
    state = after(state, 2 * 60_000);
    expect(service(state, 'web-nlb')?.loadBalancer?.readyAt).toBeLessThanOrEqual(state.now);
  });

  it('picks up an annotated Service that was waiting, once it runs', () => {
    const waiting = applyObject(web(), example('web-nlb.yaml'));
    expect(service(withController(waiting), 'web-nlb')?.loadBalancer?.kind).toBe('network');
  });

  it('leaves a plain LoadBalancer Service to the in-tree provider: a Classic Load Balancer with instance targets', () => {
    const state = applyObject(withController(web()), { ...clusterIp, type: 'LoadBalancer' });
    expect(service(state, 'web')?.loadBalancer).toMatchObject({
      kind: 'classic',
      targetType: 'instance',
      name: null,
    });
    expect(service(state, 'web')?.loadBalancer?.hostname).toMatch(
      /^a[0-9a-f]{31}-\d{10}\.us-east-1\.elb\.amazonaws\.com$/,
    );
  });

  it('makes an Application Load Balancer for an Ingress of class alb once its backend Service exists', () => {
    let state = applyObject(withController(web()), example('web-ingress.yaml'));
    expect(state.ingresses[0]?.loadBalancer).toBeNull();
    state = applyObject(state, clusterIp);
    expect(state.ingresses[0]?.loadBalancer?.hostname).toMatch(
      /^k8s-default-web-[0-9a-f]{10}-\d{10}\.us-east-1\.elb\.amazonaws\.com$/,
    );
    expect(
      state.kubeEvents.filter((event) => event.object === 'ingress/web').map((event) => event.reason),
    ).toEqual(['SuccessfullyReconciled']);
  });

  it('does not send instance targets to a ClusterIP Service, which opens no node port', () => {
    const ingress = example('web-ingress.yaml');
    if (ingress.kind !== 'Ingress') throw new Error('not an Ingress');
    const instance = { ...ingress, annotations: { 'alb.ingress.kubernetes.io/target-type': 'instance' } };
    const state = applyObject(applyObject(withController(web()), clusterIp), instance);
    expect(state.ingresses[0]?.loadBalancer).toBeNull();
  });
});

describe('Ingress manifests', () => {
  const manifest = (paths: string) =>
    parseManifests(
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  ingressClassName: alb\n  rules:\n    - http:\n        paths:\n${paths}`,
      'ingress.yaml',
    );

  it('needs a pathType and an absolute path, in the API server’s words', () => {
    expect(
      manifest('          - path: /\n            backend: {service: {name: web, port: {number: 80}}}\n'),
    ).toEqual({
      ok: false,
      error:
        'The Ingress "web" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
    });
    expect(
      manifest(
        '          - path: web\n            pathType: Prefix\n            backend: {service: {name: web, port: {number: 80}}}\n',
      ),
    ).toEqual({
      ok: false,
      error:
        'The Ingress "web" is invalid: spec.rules[0].http.paths[0].path: Invalid value: "web": must be an absolute path',
    });
  });
});
