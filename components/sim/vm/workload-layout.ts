/**
 * How many columns each host's workloads get, and when a host switches from one card per
 * workload to counts per state, from the width the host actually has (a phone, a lesson column,
 * or a full-screen projector). Pure, so the thresholds are tested rather than eyeballed.
 */
export interface WorkloadLayout {
  readonly columns: number;
  /** VMs only: small cards (state, id, type, boot bar) without the App / Guest OS bands. */
  readonly compact: boolean;
  /** Too many to draw one by one: counts per state, and only the latest few as cards. */
  readonly tally: boolean;
  readonly latest: number;
}

/** `gap-1.5` between cards. */
const GAP_PX = 6;
/** Up to this many VMs, each card also draws its App and Guest OS layers. */
export const FEW_VMS = 6;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Columns of at least `minPx` that fit in `width`; 2 before the width is known (phones first). */
function columnsFor(width: number, minPx: number): number {
  if (width <= 0) return 2;
  return clamp(Math.floor((width + GAP_PX) / (minPx + GAP_PX)), 1, 8);
}

/**
 * VMs: full cards while there are few; then compact cards, at least two a row, denser on wide
 * hosts; past six rows (twelve VMs in two columns, 24 at most) a tally and the latest two rows.
 */
export function vmLayout(count: number, width: number): WorkloadLayout {
  const compact = count > FEW_VMS;
  const columns = Math.max(2, columnsFor(width, compact ? 140 : 150));
  const limit = clamp(columns * 6, 12, 24);
  return { columns, compact, tally: count > limit, latest: clamp(columns * 2, 4, 8) };
}

/** Containers: chips in columns of at least 9 rem; past about twelve rows a tally (24 to 60 chips). */
export function containerLayout(count: number, width: number): WorkloadLayout {
  const columns = Math.max(2, columnsFor(width, 144));
  const limit = clamp(columns * 12, 24, 60);
  return { columns, compact: true, tally: count > limit, latest: clamp(columns * 3, 6, 12) };
}
