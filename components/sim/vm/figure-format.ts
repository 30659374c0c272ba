import type { Figure } from '@/lib/sim/vm/figures';
import { formatDuration } from './format';

/** A figure's range in words: "30 s – 1 min 30 s", "50 ms – 1 s", "250–450 MiB", "100 req/s". */
export function formatRange(figure: Figure): string {
  const { min, max } = figure.range;
  if (figure.unit !== 'ms') return min === max ? `${min} ${figure.unit}` : `${min}–${max} ${figure.unit}`;
  if (max < 1000) return `${min}–${max} ms`;
  const low = min < 1000 ? `${min} ms` : exact(min);
  return min === max ? low : `${low} – ${exact(max)}`;
}

/** A range's end as given: 1,500 ms is "1.5 s", not rounded to "2 s". */
function exact(ms: number): string {
  return ms < 10_000 && ms % 1000 !== 0 ? `${(ms / 1000).toFixed(1)}\u00a0s` : formatDuration(ms);
}

/** A source is either a web address (shown as a link) or a named document. */
export function sourceLink(source: string): { href: string; text: string } | null {
  if (!/^https?:\/\//.test(source)) return null;
  const url = new URL(source);
  return {
    href: source,
    text: `${url.hostname}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`,
  };
}
