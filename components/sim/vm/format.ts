/** Small formatters the VM-vs-container picture shares. */

/** Numbers and their units never break across lines ("1 min 32 s" stays in one piece). */
const NBSP = '\u00a0';

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Memory as the picture (and the event log) prints it: up to one decimal in GiB from 1 GiB up, whole MiB below. */
export function formatMemory(mib: number): string {
  if (mib >= 1024) return `${Number((mib / 1024).toFixed(1))}${NBSP}GiB`;
  return `${Math.round(mib)}${NBSP}MiB`;
}

/** "0.8 s", "6 s", "1 min 32 s", "2 h 5 min": how long something took, in words a room can read. */
export function formatDuration(ms: number): string {
  return durationWords(ms).replaceAll(' ', NBSP);
}

function durationWords(ms: number): string {
  if (ms < 1000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * "29 more t3.small VMs fit (counting memory only)": the simulator models memory, not CPU, so
 * the count says what it counts.
 */
export function fitText(count: number, one: string, many: string): string {
  if (count === 0) return `The host's memory is full: no more ${many} fit`;
  return `${formatCount(count)} more ${count === 1 ? `${one} fits` : `${many} fit`} (counting memory only)`;
}

/** `nginx` for `nginx:latest`, as `docker ps` shows it; other tags stay. */
export function imageLabel(ref: string): string {
  return ref.endsWith(':latest') ? ref.slice(0, -':latest'.length) : ref;
}
