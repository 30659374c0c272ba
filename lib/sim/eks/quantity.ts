/**
 * Kubernetes resource quantities as manifests write them (`250m`, `0.5`, `128Mi`, `1Gi`, `500M`),
 * turned into the simulator's integers: CPU in millicores, memory in MiB (rounded up). The error is
 * the API server's own text for a malformed quantity.
 */

export const QUANTITY_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const PATTERN = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const BINARY: Readonly<Record<string, number>> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
};
const DECIMAL: Readonly<Record<string, number>> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
};

type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

/** The quantity as a plain number of units (cores, bytes). */
export function parseQuantity(text: string | number): Parsed {
  const written = String(text).trim();
  const match = PATTERN.exec(written);
  if (match === null) return { ok: false, error: QUANTITY_ERROR };
  const number = Number(match[1]);
  const suffix = match[2] ?? '';
  if (!Number.isFinite(number)) return { ok: false, error: QUANTITY_ERROR };
  if (number < 0) return { ok: false, error: 'must be greater than or equal to 0' };
  const exponent = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  const multiplier = exponent !== null ? 10 ** Number(exponent[1]) : (BINARY[suffix] ?? DECIMAL[suffix]);
  if (multiplier === undefined) return { ok: false, error: QUANTITY_ERROR };
  return { ok: true, value: number * multiplier };
}

/** CPU in millicores (`250m` → 250, `0.5` → 500, `2` → 2000). */
export function parseCpu(text: string | number): Parsed {
  const parsed = parseQuantity(text);
  return parsed.ok ? { ok: true, value: Math.ceil(parsed.value * 1000 - 1e-9) } : parsed;
}

/** Memory in MiB, rounded up (`128Mi` → 128, `1Gi` → 1024, `500M` → 477). */
export function parseMemory(text: string | number): Parsed {
  const parsed = parseQuantity(text);
  return parsed.ok ? { ok: true, value: Math.ceil(parsed.value / 2 ** 20 - 1e-9) } : parsed;
}

/** How kubectl prints them back: `250m`, `2` (whole cores), `128Mi`, `2Gi`. */
export function formatCpu(millicores: number): string {
  return millicores % 1000 === 0 ? String(millicores / 1000) : `${millicores}m`;
}

export function formatMemory(mebibytes: number): string {
  return mebibytes % 1024 === 0 && mebibytes > 0 ? `${mebibytes / 1024}Gi` : `${mebibytes}Mi`;
}
