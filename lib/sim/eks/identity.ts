import { ACCOUNT_ID, REGION } from '../ecs/catalog';
import { nextInt } from '../core/rng';
import type { CommandError } from '../core/types';
import type { PodIdentityAssociation, ServiceAccountObject } from './identity-types';
import type { PodSpec } from './types';

export type { ServiceAccountObject } from './identity-types';
import type { World } from './world';

/**
 * IAM roles for pods on EKS. IRSA: a ServiceAccount annotated `eks.amazonaws.com/role-arn`; the
 * pod identity webhook gives its pods `AWS_ROLE_ARN` and a web identity token file. EKS Pod
 * Identity: an association (`aws eks create-pod-identity-association`) of a namespace's service
 * account with a role; its pods get `AWS_CONTAINER_CREDENTIALS_FULL_URI`, the Pod Identity Agent's
 * address, and a token file (EKS User Guide, "IAM roles for service accounts", "EKS Pod Identity").
 * Either way the variables are set when the pod is created, so running pods keep what they had.
 */

export const ROLE_ARN_ANNOTATION = 'eks.amazonaws.com/role-arn';

const REGION_ENV = { AWS_STS_REGIONAL_ENDPOINTS: 'regional', AWS_DEFAULT_REGION: REGION, AWS_REGION: REGION };

/** What the webhooks add to each container's environment, for a pod of this service account. */
export function credentialEnv(
  world: Pick<World, 'serviceAccounts' | 'podIdentityAssociations'>,
  namespace: string,
  serviceAccount: string,
): Record<string, string> {
  const account = world.serviceAccounts.find(
    (candidate) => candidate.namespace === namespace && candidate.name === serviceAccount,
  );
  const role = account?.annotations[ROLE_ARN_ANNOTATION];
  const association = world.podIdentityAssociations.find(
    (candidate) => candidate.namespace === namespace && candidate.serviceAccount === serviceAccount,
  );
  return {
    ...(role === undefined && association === undefined ? {} : REGION_ENV),
    ...(role === undefined
      ? {}
      : {
          AWS_ROLE_ARN: role,
          AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
        }),
    ...(association === undefined
      ? {}
      : {
          AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials',
          AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE:
            '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
        }),
  };
}

/** `kubectl apply` or `kubectl create serviceaccount`. */
export function applyServiceAccount(
  world: World,
  object: ServiceAccountObject,
): 'created' | 'configured' | 'unchanged' {
  const index = world.serviceAccounts.findIndex(
    (candidate) => candidate.name === object.name && candidate.namespace === object.namespace,
  );
  const existing = world.serviceAccounts[index];
  const next = {
    name: object.name,
    namespace: object.namespace,
    annotations: object.annotations,
    createdAt: existing?.createdAt ?? world.now,
  };
  if (existing === undefined) {
    world.serviceAccounts.push(next);
    return 'created';
  }
  if (JSON.stringify(existing.annotations) === JSON.stringify(object.annotations)) return 'unchanged';
  world.serviceAccounts[index] = next;
  return 'configured';
}

export function deleteServiceAccount(world: World, name: string, namespace: string): CommandError | null {
  if (
    !world.serviceAccounts.some((candidate) => candidate.name === name && candidate.namespace === namespace)
  )
    return { code: 'NotFound', message: `serviceaccounts "${name}" not found` };
  world.serviceAccounts = world.serviceAccounts.filter(
    (candidate) => !(candidate.name === name && candidate.namespace === namespace),
  );
  return null;
}

const ID_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface PodIdentityRequest {
  readonly clusterName: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly roleArn: string;
}

/**
 * `aws eks create-pod-identity-association`: one role per service account in a namespace. The
 * service account need not exist yet; the association applies to pods created from now on.
 */
export function createPodIdentityAssociation(world: World, request: PodIdentityRequest): CommandError | null {
  if (world.cluster === null || world.cluster.name !== request.clusterName)
    return {
      code: 'ResourceNotFoundException',
      message: `No cluster found for name: ${request.clusterName}.`,
    };
  const taken = world.podIdentityAssociations.find(
    (candidate) =>
      candidate.namespace === request.namespace && candidate.serviceAccount === request.serviceAccount,
  );
  // Observed (public issue threads): `ResourceInUseException: Association already exists: a-…`.
  if (taken !== undefined)
    return { code: 'ResourceInUseException', message: `Association already exists: ${taken.id}` };
  let id = 'a-';
  for (let count = 0; count < 17; count += 1) {
    const [pick, rng] = nextInt(world.rng, 0, ID_CHARACTERS.length - 1);
    world.rng = rng;
    id += ID_CHARACTERS[pick];
  }
  const association: PodIdentityAssociation = {
    id,
    namespace: request.namespace,
    serviceAccount: request.serviceAccount,
    roleArn: request.roleArn,
    createdAt: world.now,
  };
  world.podIdentityAssociations.push(association);
  return null;
}

export const associationArn = (clusterName: string, id: string) =>
  `arn:aws:eks:${REGION}:${ACCOUNT_ID}:podidentityassociation/${clusterName}/${id}`;

/** A new pod's spec with the credential variables its service account brings, in every container. */
export function withCredentials(
  world: Pick<World, 'serviceAccounts' | 'podIdentityAssociations'>,
  namespace: string,
  spec: PodSpec,
): PodSpec {
  const env = credentialEnv(world, namespace, spec.serviceAccountName ?? 'default');
  if (Object.keys(env).length === 0) return spec;
  return {
    ...spec,
    containers: spec.containers.map((container) => ({ ...container, env: { ...container.env, ...env } })),
  };
}
