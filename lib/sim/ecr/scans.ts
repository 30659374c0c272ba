import { pickInRange } from '../core/rng';
import { findBaseImage } from './base-images';
import { SCAN_DURATION_MS } from './figures';
import type { EcrState, ImageScan, RegistryImage, ScanFinding } from './types';

/**
 * Basic scanning (§8.4): scan on push or on request, at most once per image per 24 hours, OS
 * package CVEs only. What it finds comes from the base image (a fixed, simulated snapshot).
 */
export function startScan(state: EcrState, image: RegistryImage): { state: EcrState; image: RegistryImage } {
  const [duration, rng] = pickInRange(state.rng, SCAN_DURATION_MS);
  const ms = Math.round(duration / 100) * 100;
  const scan: ImageScan = { status: 'IN_PROGRESS', startedAt: state.now, completesAt: state.now + ms, findings: findingsOf(image) };
  return { state: { ...state, rng }, image: { ...image, scan } };
}

export function findingsOf(image: RegistryImage): readonly ScanFinding[] {
  const base = image.image === null ? undefined : findBaseImage(image.image.base);
  return base?.findings ?? [];
}

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'] as const;

export function severityCounts(findings: readonly ScanFinding[]): Partial<Record<(typeof SEVERITIES)[number], number>> {
  const counts: Partial<Record<(typeof SEVERITIES)[number], number>> = {};
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  return counts;
}
