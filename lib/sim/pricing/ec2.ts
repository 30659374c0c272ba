import type { PriceList } from './price-list';

/**
 * Amazon EC2 On-Demand prices, Linux, us-east-1, USD per instance-hour, for the instance types
 * the simulated account offers (the EKS simulator's Karpenter picks the cheapest that fits; the
 * comparison prices VMs and container hosts with them). These rates have not changed since the
 * types launched; m5.large's $0.096 appears in a December 2017 snapshot of the price list and
 * c5.large's $0.085 and r5.large's $0.126 in a public bill, but the live page was not read.
 */
export const EC2_PRICE_LIST: PriceList = {
  id: 'ec2',
  title: 'Amazon EC2 On-Demand, Linux',
  region: 'us-east-1',
  currency: 'USD',
  sourceUrl: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  asOf: '2026-12',
  readFrom: 'the EKS simulator’s price table, checked against public snapshots of the price list',
  confirmed: false,
};

export const ON_DEMAND_HOURLY_USD: Readonly<Record<string, number>> = {
  't3.micro': 0.0104,
  't3.small': 0.0208,
  't3.medium': 0.0416,
  't3.large': 0.0832,
  'm4.large': 0.1,
  'm5.large': 0.096,
  'm5.xlarge': 0.192,
  'm5.2xlarge': 0.384,
  'm5.4xlarge': 0.768,
  'c5.large': 0.085,
  'c5.xlarge': 0.17,
  'r5.large': 0.126,
  'm6g.large': 0.077,
  'c6g.large': 0.068,
};

/** USD per hour for one instance of `type`; throws for a type the list does not price. */
export function ec2Hourly(type: string): number {
  const price = ON_DEMAND_HOURLY_USD[type];
  if (price === undefined) throw new Error(`No On-Demand price for ${type}`);
  return price;
}
