import { LAMBDA_LIMITS, LAMBDA_PRICES, lambdaBilledMs } from '../../sim/pricing/lambda';
import { cover } from '../scaling';
import type { ReplicaSize } from '../sizes';
import { CPU_MS_PER_REQUEST } from '../workload';
import type { OptionModel } from './option-model';

/**
 * The app as a Lambda function from a container image, reached through a function URL (no load
 * balancer to pay for). Each execution environment handles one request at a time, so the
 * environments in use are requests per second × seconds per request, up to the account's
 * concurrency quota; requests beyond it are throttled (429). CPU comes with memory (1,769 MB is
 * one vCPU), so a request takes the containers' CPU time divided by the share it gets. Nothing
 * runs, and nothing is billed, without requests.
 */
export function lambdaRequestMs(size: ReplicaSize): number {
  const vcpuShare = Math.min(1, (size.memoryGb * 1024) / LAMBDA_LIMITS.memoryMbPerVcpu);
  return CPU_MS_PER_REQUEST / vcpuShare;
}

export const lambda: OptionModel = {
  id: 'lambda',
  name: 'Lambda, container image',
  replicaWord: 'environments',
  limits: () => ({ min: 0, max: LAMBDA_LIMITS.concurrencyQuota }),
  rule: (size) =>
    `One environment per request in flight (${lambdaRequestMs(size).toFixed(1)} ms each), 0 to ${LAMBDA_LIMITS.concurrencyQuota.toLocaleString('en-US')} (the default quota).`,
  run(load, size) {
    const runMs = lambdaRequestMs(size);
    const billedMs = lambdaBilledMs(runMs);
    const maxRps = LAMBDA_LIMITS.concurrencyQuota / (runMs / 1000);
    const servedRps = load.map((rps) => Math.min(rps, maxRps));
    const replicas = servedRps.map((rps) =>
      Math.min(LAMBDA_LIMITS.concurrencyQuota, cover((rps * runMs) / 1000)),
    );
    return {
      replicas,
      ready: replicas,
      hosts: null,
      servedRps,
      lines: [
        {
          key: 'lambda-requests',
          label: 'Lambda requests',
          perMinute: servedRps.map((rps) => rps * 60 * LAMBDA_PRICES.request),
        },
        {
          key: 'lambda-duration',
          label: `Lambda duration (${billedMs} ms × ${size.memoryGb} GB)`,
          perMinute: servedRps.map(
            (rps) => rps * 60 * (billedMs / 1000) * size.memoryGb * LAMBDA_PRICES.gbSecond,
          ),
        },
      ],
    };
  },
};
