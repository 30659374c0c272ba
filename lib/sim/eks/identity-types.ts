/**
 * How pods get AWS credentials on EKS (reference §7.3: the task role's counterpart): a
 * ServiceAccount annotated with an IAM role (IAM roles for service accounts, IRSA), or an EKS Pod
 * Identity association between a namespace's service account and a role.
 */

export interface ServiceAccount {
  readonly name: string;
  readonly namespace: string;
  /** `eks.amazonaws.com/role-arn` is the one IRSA reads. */
  readonly annotations: Readonly<Record<string, string>>;
  readonly createdAt: number;
}

export interface PodIdentityAssociation {
  /** `a-` and 17 characters, as EKS writes association ids. */
  readonly id: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly roleArn: string;
  readonly createdAt: number;
}

/** The validated form of a ServiceAccount manifest or `kubectl create serviceaccount`. */
export interface ServiceAccountObject {
  readonly kind: 'ServiceAccount';
  readonly name: string;
  readonly namespace: string;
  readonly annotations: Readonly<Record<string, string>>;
}
