import { LAMBDA_LIMITS } from '@/lib/sim/pricing/lambda';
import { count } from '@/lib/compare/format';

/**
 * Lambda's limits, each beside what this app uses of it, so the card shows how far the app is
 * from each one. The nginx image size is the reference's approximate figure (§10.2).
 */
export function LambdaLimits({
  memoryMb,
  requestMs,
  concurrency,
}: {
  memoryMb: number;
  requestMs: number;
  concurrency: number;
}) {
  const rows = [
    ['Concurrency', `${count(concurrency)} of ${count(LAMBDA_LIMITS.concurrencyQuota)} (the default quota)`],
    ['Memory', `${count(memoryMb)} MB of ${count(LAMBDA_LIMITS.maxMemoryMb)} MB`],
    ['Run time', `${requestMs.toFixed(1)} ms of ${LAMBDA_LIMITS.timeoutSeconds / 60} minutes`],
    ['Image', `nginx ≈ 190 MB of ${LAMBDA_LIMITS.maxImageGb} GB`],
  ] as const;
  return (
    <dl className="space-y-1 text-sm">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt className="inline text-[var(--fg-soft)]">{name}: </dt>
          <dd className="inline tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
