import { describe, expect, it } from 'vitest';
import { parseManifests } from './manifest';

/**
 * `affinity` and `topologySpreadConstraints` as kubectl apply reads them, refused in the API
 * server's words (kubernetes/kubernetes pkg/apis/core/validation) where it refuses them.
 */

const ZONE = 'topology.kubernetes.io/zone';

describe('affinity and topologySpreadConstraints in a manifest', () => {
  const deploymentWith = (spec: string) =>
    parseManifests(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n${spec}      containers: [{name: web, image: nginx}]\n`,
      'web.yaml',
    );

  it('reads required and preferred node affinity and the spread constraints', () => {
    const parsed = deploymentWith(
      `      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n              - matchExpressions:\n                  - {key: ${ZONE}, operator: In, values: [us-east-1a, us-east-1b]}\n          preferredDuringSchedulingIgnoredDuringExecution:\n            - weight: 50\n              preference:\n                matchExpressions: [{key: node.kubernetes.io/instance-type, operator: Exists}]\n      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: kubernetes.io/hostname\n          whenUnsatisfiable: ScheduleAnyway\n          labelSelector: {matchLabels: {app: web}}\n`,
    );
    expect(
      parsed.ok && parsed.objects[0]?.kind === 'Deployment' && parsed.objects[0].template.spec,
    ).toMatchObject({
      nodeAffinity: {
        required: [
          { matchExpressions: [{ key: ZONE, operator: 'In', values: ['us-east-1a', 'us-east-1b'] }] },
        ],
        preferred: [
          {
            weight: 50,
            preference: {
              matchExpressions: [{ key: 'node.kubernetes.io/instance-type', operator: 'Exists', values: [] }],
            },
          },
        ],
      },
      topologySpreadConstraints: [
        {
          maxSkew: 1,
          topologyKey: 'kubernetes.io/hostname',
          whenUnsatisfiable: 'ScheduleAnyway',
          matchLabels: { app: 'web' },
        },
      ],
    });
  });

  it('refuses what the API server refuses, in its words', () => {
    const refused = (spec: string) => {
      const parsed = deploymentWith(spec);
      return parsed.ok ? null : parsed.error;
    };
    expect(
      refused(
        `      topologySpreadConstraints:\n        - {maxSkew: 0, topologyKey: ${ZONE}, whenUnsatisfiable: DoNotSchedule}\n`,
      ),
    ).toBe(
      'The Deployment "web" is invalid: spec.template.spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero',
    );
    expect(
      refused(`      topologySpreadConstraints:\n        - {maxSkew: 1, whenUnsatisfiable: DoNotSchedule}\n`),
    ).toBe(
      'The Deployment "web" is invalid: spec.template.spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty',
    );
    expect(
      refused(
        `      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: ${ZONE}, whenUnsatisfiable: Never}\n`,
      ),
    ).toBe(
      'The Deployment "web" is invalid: spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: "Never": supported values: "DoNotSchedule", "ScheduleAnyway"',
    );
    expect(
      refused(
        `      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: ${ZONE}, whenUnsatisfiable: DoNotSchedule}\n        - {maxSkew: 2, topologyKey: ${ZONE}, whenUnsatisfiable: DoNotSchedule}\n`,
      ),
    ).toBe(
      `The Deployment "web" is invalid: spec.template.spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{${ZONE}, DoNotSchedule}"`,
    );
    const required = (expression: string) =>
      `      affinity:\n        nodeAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n              - matchExpressions: [${expression}]\n`;
    const where =
      'spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0]';
    expect(refused(required(`{key: ${ZONE}, operator: Equals, values: [us-east-1a]}`))).toBe(
      `The Deployment "web" is invalid: ${where}.operator: Invalid value: "Equals": not a valid selector operator`,
    );
    expect(refused(required(`{key: ${ZONE}, operator: In}`))).toBe(
      `The Deployment "web" is invalid: ${where}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`,
    );
    expect(refused(required(`{key: ${ZONE}, operator: Exists, values: [a]}`))).toBe(
      `The Deployment "web" is invalid: ${where}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`,
    );
    expect(refused(required(`{key: cores, operator: Gt, values: ["1", "2"]}`))).toBe(
      `The Deployment "web" is invalid: ${where}.values: Required value: must be specified single value when \`operator\` is 'Lt' or 'Gt'`,
    );
    expect(
      refused(
        `      affinity:\n        nodeAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n            - {weight: 0, preference: {matchExpressions: [{key: ${ZONE}, operator: Exists}]}}\n`,
      ),
    ).toBe(
      'The Deployment "web" is invalid: spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100',
    );
  });

  it('names what it does not simulate: pod affinity, matchFields, minDomains', () => {
    expect(deploymentWith('      affinity:\n        podAffinity: {}\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Dockyard: spec.template.spec.affinity.podAffinity is valid Kubernetes'),
    });
    expect(
      deploymentWith(
        `      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: ${ZONE}, whenUnsatisfiable: DoNotSchedule, minDomains: 3}\n`,
      ),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('topologySpreadConstraints[0].minDomains is valid Kubernetes'),
    });
  });
});
