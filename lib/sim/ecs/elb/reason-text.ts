/**
 * What ECS writes after `due to (reason …)` when a target turns unhealthy: ELB's description of the
 * reason code, as real service events quote it (`Health checks failed with these codes: [503]`,
 * `Request timed out`, `Health checks failed`). The simulated apps that fail answer 503.
 */
export function healthCheckReasonText(reason: string | null): string {
  switch (reason) {
    case 'Target.ResponseCodeMismatch':
      return 'Health checks failed with these codes: [503]';
    case 'Target.Timeout':
      return 'Request timed out';
    default:
      return 'Health checks failed';
  }
}
