/**
 * EC2 On-Demand prices, Linux, us-east-1, US dollars per hour (the EC2 pricing page), for the
 * instance types the simulated account offers. Karpenter launches the cheapest type that fits.
 */
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
