import type { SimEvent, Step } from '../core/types';
import { runLifecycle } from './lifecycle-runs';
import { severityCounts } from './scans';
import { replaceRepository } from './registry-images';
import { event } from './step';
import type { EcrState, Repository } from './types';

/**
 * Time in the registry: scans finish, previews complete, and lifecycle policies run daily. Each
 * change happens at its own absolute instant, so ticks are additive.
 */
function instantsOf(repository: Repository): number[] {
  const times: number[] = [];
  for (const image of repository.images) if (image.scan?.status === 'IN_PROGRESS') times.push(image.scan.completesAt);
  if (repository.lifecyclePreview?.status === 'IN_PROGRESS') times.push(repository.lifecyclePreview.completesAt);
  if (repository.lifecyclePolicy !== null) times.push(repository.lifecyclePolicy.nextRunAt);
  return times;
}

export function nextChangeAt(state: EcrState): number | null {
  const times = state.repositories.flatMap(instantsOf).filter((at) => at > state.now);
  return times.length === 0 ? null : Math.min(...times);
}

function scanSummary(repository: Repository, digest: string): string {
  const image = repository.images.find((candidate) => candidate.digest === digest);
  const counts = severityCounts(image?.scan?.findings ?? []);
  const parts = Object.entries(counts).map(([severity, count]) => `${count} ${severity}`);
  const name = image?.tags[0] === undefined ? digest.slice(0, 19) : `${repository.name}:${image.tags[0]}`;
  return `Scan of ${name} complete: ${parts.length === 0 ? 'no findings' : parts.join(', ')}`;
}

/** Everything due at exactly `at` (state.now === at). */
function settle(state: EcrState, events: SimEvent[]): EcrState {
  let next = state;
  for (const repository of state.repositories) {
    let current = repository;
    for (const image of repository.images) {
      if (image.scan?.status !== 'IN_PROGRESS' || image.scan.completesAt !== state.now) continue;
      current = { ...current, images: current.images.map((other) => (other.digest === image.digest && other.scan !== null ? { ...other, scan: { ...other.scan, status: 'COMPLETE' as const } } : other)) };
      const summary = scanSummary(current, image.digest);
      const worst = image.scan.findings.some((finding) => finding.severity === 'CRITICAL' || finding.severity === 'HIGH');
      events.push(event(state.now, 'scan-complete', worst ? 'warning' : 'success', summary));
    }
    if (current.lifecyclePreview?.status === 'IN_PROGRESS' && current.lifecyclePreview.completesAt === state.now) {
      current = { ...current, lifecyclePreview: { ...current.lifecyclePreview, status: 'COMPLETE' } };
      const count = current.lifecyclePreview?.results.length ?? 0;
      events.push(event(state.now, 'lifecycle-preview-complete', 'info', `${current.name}: lifecycle preview complete, ${count} image${count === 1 ? '' : 's'} would be acted on`));
    }
    next = replaceRepository(next, current);
    if (current.lifecyclePolicy?.nextRunAt === state.now) {
      const run = runLifecycle(next, current);
      next = run.state;
      if (run.message !== null) events.push(event(state.now, 'lifecycle-run', 'warning', run.message));
    }
  }
  return next;
}

export function tick(state: EcrState, ms: number): Step<EcrState> {
  const target = state.now + ms;
  const events: SimEvent[] = [];
  let current = state;
  for (;;) {
    const at = nextChangeAt(current);
    if (at === null || at > target) break;
    current = settle({ ...current, now: at }, events);
  }
  return { state: { ...current, now: target }, events };
}
