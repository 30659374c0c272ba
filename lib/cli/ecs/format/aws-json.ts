import { SIM_EPOCH_MS } from '../../vm/aws-format';

/**
 * How the AWS CLI v2 prints an answer: `json.dumps(…, indent=4)` with the keys in the order the
 * service sent them, floats as Python writes them (`0.0`), and timestamps as Python's
 * `datetime.isoformat()` (microseconds only when there are some).
 */

const FLOAT_MARK = '\u0000float:';

/** A number Python prints as a float (`0.0`, `1.5`): ECS's `doubleValue` fields. */
export function pyFloat(value: number): string {
  const text = Number.isInteger(value) ? value.toFixed(1) : String(value);
  return `${FLOAT_MARK}${text}`;
}

export function awsJson(value: unknown): string {
  return JSON.stringify(value, null, 4).replace(/"\\u0000float:([^"]*)"/g, '$1');
}

/**
 * Simulated ms as the CLI prints a timestamp: `2025-01-06T09:00:12.345000+00:00`, or without the
 * fraction on a whole second (the calendar starts at the VM console's epoch).
 */
export function isoTimestamp(ms: number): string {
  const at = SIM_EPOCH_MS + Math.max(0, Math.floor(ms));
  const iso = new Date(at).toISOString();
  const millis = at % 1000;
  return millis === 0 ? iso.replace('.000Z', '+00:00') : iso.replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

/** CloudWatch Logs and `aws logs` use epoch milliseconds. */
export function epochMillis(ms: number): number {
  return SIM_EPOCH_MS + Math.max(0, Math.floor(ms));
}
