/**
 * The fixed calendar simulated time is shown on: simulated ms 0 is this instant (UTC), so output
 * that prints dates (API timestamps, log lines) stays deterministic.
 */
export const SIM_EPOCH_MS = Date.UTC(2025, 0, 6, 9, 0, 0);
