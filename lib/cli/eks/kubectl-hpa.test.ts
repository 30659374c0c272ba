import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../sim/eks/manifest';
import { eksClusterConsole } from './eks-console-driver';
import { rfc1123z } from './kubectl-describe-hpa';

/**
 * kubectl's side of the HorizontalPodAutoscaler: `kubectl autoscale` and its checks (kubectl
 * autoscale's Validate), `kubectl get hpa` (printHorizontalPodAutoscaler: TARGETS as
 * `cpu: 80%/50%`, `cpu: <unknown>/50%` without metrics) and `kubectl describe hpa`
 * (describeHorizontalPodAutoscalerV2), and autoscaling/v2 manifests as the API server checks them.
 */

const web = () => eksClusterConsole().setup('kubectl apply -f web.yaml').wait(30_000);

describe('kubectl autoscale', () => {
  it('creates an HPA and prints what kubectl prints', () => {
    const sim = web().type('kubectl autoscale deployment web --cpu-percent=50 --min=2 --max=10');
    expect(sim.output).toBe('horizontalpodautoscaler.autoscaling/web autoscaled');
    expect(sim.state.hpas[0]).toMatchObject({
      target: 'web',
      minReplicas: 2,
      maxReplicas: 10,
      targetCpuUtilization: 50,
    });
  });

  it('refuses what kubectl refuses', () => {
    const sim = web();
    expect(sim.type('kubectl autoscale deployment web --cpu-percent=50').output).toBe(
      'error: --max=MAXPODS is required and must be at least 1, max: -1',
    );
    expect(sim.type('kubectl autoscale deployment web --min=5 --max=3').output).toBe(
      'error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 3, min: 5',
    );
    expect(sim.type('kubectl autoscale deployment nope --max=3').output).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found',
    );
    const again = sim
      .setup('kubectl autoscale deployment web --max=3')
      .type('kubectl autoscale deployment web --max=4');
    expect(again.output).toBe(
      'Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "web" already exists',
    );
  });

  it('defaults to 80 % CPU and a minimum of 1, as the API server does', () => {
    const sim = web().setup('kubectl autoscale deployment web --max=4');
    expect(sim.state.hpas[0]).toMatchObject({ minReplicas: 1, targetCpuUtilization: 80 });
  });
});

describe('kubectl get hpa and describe hpa', () => {
  it('shows <unknown> until metrics-server answers, then the utilization against the target', () => {
    let sim = web().setup('kubectl autoscale deployment web --cpu-percent=50 --min=2 --max=10').wait(20_000);
    expect(sim.type('kubectl get hpa').output).toBe(
      [
        'NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE',
        'web    Deployment/web   cpu: <unknown>/50%   2         10        3          20s',
      ].join('\n'),
    );
    sim = sim.setup('kubectl apply -f metrics-server.yaml', 'chaos load deployment/web 600').wait(60_000);
    expect(sim.type('kubectl get hpa web').output.split('\n')[1]).toMatch(
      /^web +Deployment\/web +cpu: 40%\/50% +2 +10 +3 +80s$/,
    );
  });

  it('describes an HPA in kubectl describe’s layout, with its conditions and events', () => {
    const sim = web()
      .setup(
        'kubectl apply -f metrics-server.yaml',
        'kubectl apply -f web-hpa.yaml',
        'chaos load deployment/web 3000',
      )
      .wait(60_000);
    const text = sim.type('kubectl describe hpa web').output;
    const lines = text.split('\n');
    expect(lines[0]).toBe('Name:                                                  web');
    expect(lines[4]).toBe(
      `CreationTimestamp:                                     ${rfc1123z(30_000 + 12 * 60_000)}`,
    );
    expect(lines[7]).toMatch(
      /^ {2}resource cpu on pods {2}\(as a percentage of request\): {2}\d+% \(\d+m\) \/ 50%$/,
    );
    expect(lines[10]).toMatch(/^Deployment pods: +\d+ current \/ \d+ desired$/);
    expect(lines[11]).toBe('Conditions:');
    expect(text).toContain('  ScalingActive   True    ValidMetricFound');
    expect(text).toMatch(
      /Normal +SuccessfulRescale +\S+ +horizontal-pod-autoscaler {2}New size: 6; reason: cpu resource utilization \(percentage of request\) above target/,
    );
  });

  it('lists HPAs with -o name and deletes them', () => {
    const sim = web().setup('kubectl autoscale deployment web --max=4');
    expect(sim.type('kubectl get hpa -o name').output).toBe('horizontalpodautoscaler.autoscaling/web');
    expect(sim.type('kubectl delete hpa web').output).toBe(
      'horizontalpodautoscaler.autoscaling "web" deleted',
    );
    expect(sim.type('kubectl delete hpa web').type('kubectl describe hpa web').output).toBe(
      'Error from server (NotFound): horizontalpodautoscalers.autoscaling "web" not found',
    );
  });
});

describe('autoscaling/v2 manifests', () => {
  const manifest = (spec: string) =>
    parseManifests(
      `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n${spec}`,
      'hpa.yaml',
    );

  it('reads a CPU utilization target, and defaults to 80 % without metrics', () => {
    expect(
      manifest('  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 4\n'),
    ).toEqual({
      ok: true,
      objects: [
        {
          kind: 'HorizontalPodAutoscaler',
          name: 'web',
          namespace: 'default',
          target: 'web',
          minReplicas: 1,
          maxReplicas: 4,
          targetCpuUtilization: 80,
        },
      ],
    });
  });

  it('refuses what the API server refuses, in its words', () => {
    expect(
      manifest('  scaleTargetRef: {kind: Deployment, name: web}\n  minReplicas: 3\n  maxReplicas: 2\n'),
    ).toEqual({
      ok: false,
      error:
        'The HorizontalPodAutoscaler "web" is invalid: spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`',
    });
    expect(manifest('  scaleTargetRef: {kind: Deployment}\n  maxReplicas: 2\n')).toEqual({
      ok: false,
      error: 'The HorizontalPodAutoscaler "web" is invalid: spec.scaleTargetRef.name: Required value',
    });
    expect(
      manifest('  scaleTargetRef: {kind: Deployment, name: web}\n  maxReplicas: 2\n  targetCPU: 5\n'),
    ).toEqual({
      ok: false,
      error:
        'Error from server (BadRequest): error when creating "hpa.yaml": HorizontalPodAutoscaler in version "v2" cannot be handled as a HorizontalPodAutoscaler: strict decoding error: unknown field "spec.targetCPU"',
    });
  });

  it('says plainly what it does not simulate: other metrics, other targets', () => {
    const memory = manifest(
      '  scaleTargetRef: {kind: Deployment, name: web}\n  maxReplicas: 2\n  metrics:\n    - type: Resource\n      resource: {name: memory, target: {type: Utilization, averageUtilization: 60}}\n',
    );
    expect(memory).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Dockyard: .*CPU utilization only/),
    });
    expect(manifest('  scaleTargetRef: {kind: StatefulSet, name: db}\n  maxReplicas: 2\n')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Dockyard: this simulator autoscales Deployments/),
    });
  });
});
