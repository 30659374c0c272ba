/**
 * Where a price list comes from and how sure we are of it. Every price module in this folder
 * exports one: the UI prints the date beside each meter, and `[unconfirmed]` where the official
 * page itself was not read.
 */
export interface PriceList {
  readonly id: 'fargate' | 'ec2' | 'lambda' | 'alb' | 'eks';
  /** What the list prices, in words: "AWS Fargate, Linux/x86". */
  readonly title: string;
  readonly region: 'us-east-1';
  readonly currency: 'USD';
  /** The official page the figures belong to. */
  readonly sourceUrl: string;
  /** When the figures were last seen current (ISO date or month). */
  readonly asOf: string;
  /** What was actually read to get them. */
  readonly readFrom: string;
  /** False: taken from copies or third parties, not from the official page itself. */
  readonly confirmed: boolean;
}

/** "as of 2026-06" or "as of 2026-06 [unconfirmed]": how a meter cites its prices. */
export function priceDate(list: PriceList): string {
  return `as of ${list.asOf}${list.confirmed ? '' : ' [unconfirmed]'}`;
}

export const HOUR_SECONDS = 3600;
