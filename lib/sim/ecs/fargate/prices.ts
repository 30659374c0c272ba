/**
 * AWS Fargate prices for Amazon ECS in US East (N. Virginia), USD: the one place the simulator
 * keeps them (reference §6). Each rate says where it comes from and when it was read.
 *
 * - On-demand Linux/x86, Linux/ARM and Windows/x86: the reference §6 table, taken from third-party
 *   pages that cite https://aws.amazon.com/fargate/pricing/ (Vantage, first April 2021 and since
 *   updated; CloudBurn "as of March 2026"; FactualMinds, June 2026), all agreeing. The official
 *   page's per-second figures ($0.000011244 per vCPU-second, $0.000001235 per GB-second for x86)
 *   match them. Unconfirmed against the official page by the reference itself.
 * - Fargate Spot Linux/x86: AWS publishes no fixed discount ("up to 70%") and the price moves with
 *   supply and demand. The figures are the us-east-1 Spot price Vantage observed "at the time of
 *   this post (January 2024)" (https://www.vantage.sh/blog/fargate-pricing, third party).
 * - Fargate Spot Linux/ARM (Graviton Spot exists since September 2024): no observed price found.
 *   ASSUMPTION: the x86 Spot-to-on-demand ratio applied to the ARM on-demand rates.
 */

export interface FargateRate {
  /** USD per vCPU per hour. */
  readonly vcpuHour: number;
  /** USD per GB of memory per hour. */
  readonly gbHour: number;
  /** Windows: the operating system licence fee, USD per vCPU per hour (0 for Linux). */
  readonly licenceVcpuHour: number;
  /** The shortest time billed, seconds (§6: one minute; Windows: see below). */
  readonly minimumSeconds: number;
  /** Where the figures come from, for the `cost` table's footnote. */
  readonly source: string;
}

export type FargateRateClass =
  'linux-x86' | 'linux-arm' | 'windows-x86' | 'spot-linux-x86' | 'spot-linux-arm';

export const FARGATE_PRICE_REGION = 'us-east-1';

/** When the on-demand rates were last confirmed by the sources above. */
export const FARGATE_PRICES_AS_OF = '2026-06';

const ON_DEMAND_SOURCE =
  'aws.amazon.com/fargate/pricing via Vantage, CloudBurn (Mar 2026), FactualMinds (Jun 2026)';

const LINUX_X86 = { vcpuHour: 0.04048, gbHour: 0.004445 } as const;
const LINUX_ARM = { vcpuHour: 0.03238, gbHour: 0.00356 } as const;
/** Observed by Vantage in January 2024 (see above). */
const SPOT_LINUX_X86 = { vcpuHour: 0.01246287, gbHour: 0.00136851 } as const;

export const FARGATE_RATES: Readonly<Record<FargateRateClass, FargateRate>> = {
  'linux-x86': { ...LINUX_X86, licenceVcpuHour: 0, minimumSeconds: 60, source: ON_DEMAND_SOURCE },
  'linux-arm': { ...LINUX_ARM, licenceVcpuHour: 0, minimumSeconds: 60, source: ON_DEMAND_SOURCE },
  // The 15-minute minimum for Windows is commonly stated but unconfirmed (reference §6, §11).
  'windows-x86': {
    vcpuHour: 0.09148,
    gbHour: 0.01005,
    licenceVcpuHour: 0.046,
    minimumSeconds: 15 * 60,
    source: `${ON_DEMAND_SOURCE}; 15-minute minimum unconfirmed`,
  },
  'spot-linux-x86': {
    ...SPOT_LINUX_X86,
    licenceVcpuHour: 0,
    minimumSeconds: 60,
    source: 'observed us-east-1 Spot price, January 2024 (vantage.sh/blog/fargate-pricing)',
  },
  'spot-linux-arm': {
    vcpuHour: LINUX_ARM.vcpuHour * (SPOT_LINUX_X86.vcpuHour / LINUX_X86.vcpuHour),
    gbHour: LINUX_ARM.gbHour * (SPOT_LINUX_X86.gbHour / LINUX_X86.gbHour),
    licenceVcpuHour: 0,
    minimumSeconds: 60,
    source: 'assumption: the x86 Spot discount applied to the ARM on-demand rates',
  },
};
