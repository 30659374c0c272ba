/**
 * EC2 On-Demand prices, Linux, us-east-1 (the EC2 pricing page), for the instance types the
 * simulated account offers: kept with the other price lists in lib/sim/pricing/ec2.ts, where they
 * are dated. Karpenter launches the cheapest type that fits.
 */
export { ON_DEMAND_HOURLY_USD } from '../pricing/ec2';
