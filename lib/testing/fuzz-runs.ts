/**
 * How many cases each fast-check property runs: `FUZZ_RUNS` from the environment (CI can raise it
 * for a nightly soak), 200 by default. Test-only helper; the engine itself never reads it.
 */
export function fuzzRuns(fallback = 200): number {
  const raw = typeof process === 'undefined' ? undefined : process.env['FUZZ_RUNS'];
  const parsed = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * A test timeout that grows with {@link fuzzRuns}, so `npm run fuzz` (100,000 runs) is not cut off
 * by the default 60 s limit. `msPerRun` is a generous upper bound for one case.
 */
export function fuzzTimeout(msPerRun = 2): number {
  return 60_000 + fuzzRuns() * msPerRun;
}

let calls = 0;

/**
 * Lets the event loop run now and then during a long property. A property that blocks a Vitest
 * worker for over a minute (100,000 runs under `npm run fuzz`) makes the worker's own RPC to the
 * runner time out; awaiting a macrotask every few hundred cases keeps that channel alive.
 */
export async function breathe(every = 200): Promise<void> {
  calls += 1;
  if (calls % every === 0) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs for a property whose every case is a whole simulated scenario (minutes of simulated time,
 * dozens of commands): one case costs what fifty cheap ones do, so it gets a fiftieth of
 * `FUZZ_RUNS`, and never fewer than `fallback`.
 */
export function scenarioRuns(fallback = 20): number {
  return Math.max(fallback, Math.floor(fuzzRuns(fallback) / 50));
}
