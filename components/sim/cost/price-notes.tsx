import { WORKLOAD } from '@/lib/compare';
import { PRICE_LISTS, priceDate } from '@/lib/sim/pricing';
import { count } from '@/lib/compare/format';

/**
 * Where every number comes from: each price list with its date and source, then the course's own
 * estimates about the app, so a learner can tell AWS's figures from ours.
 */
export function PriceNotes() {
  return (
    <details className="rounded-xl border border-[var(--border)] p-3 text-sm">
      <summary className="cursor-pointer font-semibold">Where the numbers come from</summary>
      <p className="mt-2">
        On-Demand prices in US East (N. Virginia), US dollars, without free tiers, savings plans or taxes.
      </p>
      <ul className="mt-2 space-y-1.5">
        {PRICE_LISTS.map((list) => (
          <li key={list.id}>
            <a href={list.sourceUrl} className="text-accent-700 dark:text-accent-300 underline">
              {list.title}
            </a>
            , {priceDate(list)}: {list.readFrom}.
          </li>
        ))}
      </ul>
      <p className="mt-3 font-semibold">The course’s estimates, not AWS figures</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>
          nginx serves {count(WORKLOAD.rpsPerVcpu)} requests a second per vCPU at 100 % CPU; a request and its
          response carry about {(WORKLOAD.bytesPerRequest / 1000).toFixed(1)} KB; a connection carries{' '}
          {WORKLOAD.requestsPerConnection} requests. These set the load balancer’s LCUs and Lambda’s run time.
        </li>
        <li>
          On Lambda, nginx does not speak Lambda’s invoke API by itself: an image needs a handler or an
          adapter such as the open-source AWS Lambda Web Adapter. Each request runs the same CPU time as in a
          container, at the share of a vCPU its memory buys (1,769 MB is one vCPU).
        </li>
        <li>
          Start times are ranges; the day steps a minute at a time, counting a task or pod as 1 minute and an
          EC2 instance as 2.
        </li>
        <li>
          Scaling rules are simplified: cooldowns, the HPA’s 10 % tolerance and ECS’s 90 % scale-in threshold
          are left out. Hosts span three Availability Zones, at least one in each.
        </li>
        <li>
          Express Mode adds no charge of its own [unconfirmed: third-party pages]; one service pays for its
          whole load balancer here.
        </li>
      </ul>
    </details>
  );
}
