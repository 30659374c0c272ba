/** EKS on Fargate's profiles (reference §7.1). */

/** A Fargate profile's selector: a namespace and, optionally, labels a pod must all carry. */
export interface FargateSelector {
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * A Fargate profile (reference §7.1): pods created while it is ACTIVE that match one of its
 * selectors run on Fargate, each on its own micro-node in one of its subnets.
 */
export interface FargateProfile {
  readonly name: string;
  /** The id at the end of its ARN. */
  readonly id: string;
  readonly podExecutionRoleArn: string;
  readonly subnets: readonly string[];
  readonly selectors: readonly FargateSelector[];
  readonly status: 'CREATING' | 'ACTIVE' | 'DELETING';
  readonly createdAt: number;
  /** When CREATING ends (ACTIVE) or DELETING ends (gone). */
  readonly changesAt: number;
}
