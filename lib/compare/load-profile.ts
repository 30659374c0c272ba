import { DAY_MINUTES, type LoadShape } from './types';

/**
 * The load over a simulated day, requests per second for each minute from 00:00, as a fraction
 * of the peak. Four named shapes; the learner sets the peak. Deterministic: no randomness.
 */

const HOUR = 60;

/** Linear from `from` at minute `a` to `to` at minute `b`. */
function ramp(minute: number, a: number, b: number, from: number, to: number): number {
  return from + ((to - from) * (minute - a)) / (b - a);
}

function businessHours(minute: number): number {
  const night = 0.05;
  if (minute < 7 * HOUR || minute >= 20 * HOUR) return night;
  if (minute < 9 * HOUR) return ramp(minute, 7 * HOUR, 9 * HOUR, night, 1);
  if (minute < 17 * HOUR) return minute >= 12 * HOUR && minute < 13 * HOUR ? 0.8 : 1;
  return ramp(minute, 17 * HOUR, 20 * HOUR, 1, night);
}

/** Quiet, then a sudden burst at 12:00 for 30 minutes (a sale, a link shared widely). */
export const BURST_START_MINUTE = 12 * HOUR;
export const BURST_MINUTES = 30;

function burst(minute: number): number {
  return minute >= BURST_START_MINUTE && minute < BURST_START_MINUTE + BURST_MINUTES ? 1 : 0.1;
}

/** No requests, except two 15-minute visits at 09:00 and 14:00. */
function mostlyIdle(minute: number): number {
  const visiting = (start: number) => minute >= start && minute < start + 15;
  return visiting(9 * HOUR) || visiting(14 * HOUR) ? 1 : 0;
}

function fraction(shape: LoadShape, minute: number): number {
  switch (shape) {
    case 'steady':
      return 1;
    case 'business-hours':
      return businessHours(minute);
    case 'burst':
      return burst(minute);
    case 'mostly-idle':
      return mostlyIdle(minute);
    default: {
      const never: never = shape;
      throw new Error(`Unknown load shape ${String(never)}`);
    }
  }
}

/** Requests per second for each of the day's 1,440 minutes. */
export function loadProfile(shape: LoadShape, peakRps: number): number[] {
  const peak = Math.max(0, peakRps);
  return Array.from({ length: DAY_MINUTES }, (_, minute) => fraction(shape, minute) * peak);
}

export const LOAD_SHAPE_LABELS: Readonly<Record<LoadShape, string>> = {
  steady: 'Steady',
  'business-hours': 'Business hours',
  burst: 'A burst at noon',
  'mostly-idle': 'Mostly idle',
};

export const LOAD_SHAPE_DESCRIPTIONS: Readonly<Record<LoadShape, string>> = {
  steady: 'The peak, all day and all night.',
  'business-hours': 'Quiet at night (5 % of the peak), busy 09:00–17:00, a dip at lunch.',
  burst: '10 % of the peak, then the full peak from 12:00 to 12:30.',
  'mostly-idle': 'No requests, except two 15-minute visits at 09:00 and 14:00.',
};
