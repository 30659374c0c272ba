import { describe, expect, it } from 'vitest';
import { parseManifests } from './manifest';
import type { EksState, PodTemplate } from './types';
import { applyObject, readyCluster, run, template } from './testing';

/**
 * IAM roles for pods (EKS User Guide, "IAM roles for service accounts" and "EKS Pod Identity"): the
 * credential variables a pod's containers get from its ServiceAccount, set when the pod is created.
 */

const ROLE = 'arn:aws:iam::123456789012:role/photo-api';

function withAccount(state: EksState, annotations: Record<string, string> = {}): EksState {
  return applyObject(state, { kind: 'ServiceAccount', name: 'photo-api', namespace: 'default', annotations });
}

function deployPhotoApi(state: EksState): EksState {
  const base = template('photo-api', { cpu: 100 });
  const podTemplate: PodTemplate = { ...base, spec: { ...base.spec, serviceAccountName: 'photo-api' } };
  return applyObject(state, {
    kind: 'Deployment',
    name: 'photo-api',
    namespace: 'default',
    replicas: 1,
    selector: base.labels,
    template: podTemplate,
  });
}

const envOf = (state: EksState) =>
  state.pods.find((pod) => pod.labels['app'] === 'photo-api' && pod.deletedAt === null)?.spec.containers[0]
    ?.env ?? {};

describe('IAM roles for service accounts (IRSA)', () => {
  it('gives the pods of an annotated ServiceAccount the role and the web identity token file', () => {
    const state = deployPhotoApi(withAccount(readyCluster(), { 'eks.amazonaws.com/role-arn': ROLE }));
    expect(envOf(state)).toEqual({
      AWS_STS_REGIONAL_ENDPOINTS: 'regional',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_REGION: 'us-east-1',
      AWS_ROLE_ARN: ROLE,
      AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    });
  });

  it('changes nothing for pods already running: the webhook acts when a pod is created', () => {
    let state = deployPhotoApi(withAccount(readyCluster()));
    expect(envOf(state)).toEqual({});
    state = withAccount(state, { 'eks.amazonaws.com/role-arn': ROLE });
    expect(envOf(state)).toEqual({});
  });
});

describe('EKS Pod Identity', () => {
  it('gives the pods of an associated service account the agent’s address and token file', () => {
    let state = run(readyCluster(), {
      type: 'CreatePodIdentityAssociation',
      clusterName: 'demo',
      namespace: 'default',
      serviceAccount: 'photo-api',
      roleArn: ROLE,
    }).state;
    expect(state.podIdentityAssociations[0]?.id).toMatch(/^a-[a-z0-9]{17}$/);
    state = deployPhotoApi(withAccount(state));
    expect(envOf(state)).toMatchObject({
      AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials',
      AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE:
        '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
    });
    expect(envOf(state)['AWS_ROLE_ARN']).toBeUndefined();
  });

  it('refuses a second association for the same service account, as EKS words it', () => {
    const request = {
      type: 'CreatePodIdentityAssociation' as const,
      clusterName: 'demo',
      namespace: 'default',
      serviceAccount: 'photo-api',
      roleArn: ROLE,
    };
    const state = run(readyCluster(), request).state;
    expect(run(state, request).error).toEqual({
      code: 'ResourceInUseException',
      message: `Association already exists: ${state.podIdentityAssociations[0]?.id}`,
    });
  });
});

describe('ServiceAccount manifests', () => {
  it('reads the annotations, and a pod spec’s serviceAccountName', () => {
    const parsed = parseManifests(
      `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: photo-api\n  annotations:\n    eks.amazonaws.com/role-arn: ${ROLE}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  serviceAccountName: photo-api\n  containers: [{name: a, image: nginx}]\n`,
      'sa.yaml',
    );
    expect(parsed.ok && parsed.objects).toMatchObject([
      { kind: 'ServiceAccount', name: 'photo-api', annotations: { 'eks.amazonaws.com/role-arn': ROLE } },
      { kind: 'Pod', template: { spec: { serviceAccountName: 'photo-api' } } },
    ]);
  });
});
