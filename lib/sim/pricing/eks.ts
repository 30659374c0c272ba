import type { PriceList } from './price-list';

/**
 * The Amazon EKS control plane, per cluster-hour, us-east-1 (reference §7.1): $0.10 in standard
 * support, $0.60 in extended support (the extra $0.50 since the April 2024 billing cycle). Worker
 * compute and load balancers are billed separately.
 */
export const EKS_PRICE_LIST: PriceList = {
  id: 'eks',
  title: 'Amazon EKS control plane',
  region: 'us-east-1',
  currency: 'USD',
  sourceUrl: 'https://aws.amazon.com/eks/pricing/',
  asOf: '2024-04',
  readFrom: 'reference §7.1 (the EKS docs and the AWS Containers blog on extended support pricing)',
  confirmed: true,
};

export const EKS_CLUSTER_HOURLY = {
  standardSupport: 0.1,
  extendedSupport: 0.6,
} as const;
