import type { CompareInput } from './types';

/** The peaks a learner can pick: roughly doubling, so both a hobby site and a busy shop fit. */
export const PEAK_STOPS = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 20_000] as const;

/** Where the side-by-side opens: business hours, 2,500 requests/s at the busiest minute, the seed's task size. */
export const DEFAULT_INPUT: CompareInput = { shape: 'business-hours', peakRps: 2500, size: 'small' };

/** The minute of the day it opens on: 12:10, just after lunch began. */
export const DEFAULT_MINUTE = 12 * 60 + 10;

/** The last minute the time of day reaches (the slider moves ten minutes at a time). */
export const LAST_MINUTE = 1430;
