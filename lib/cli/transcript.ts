import type { SimEvent } from '../sim/core/types';

/**
 * The transcript format shared by the browser console and `npm run sim`:
 *
 *   $ docker run -d --name web nginx        ← the line as typed, after "$ "
 *   Unable to find image 'nginx:latest' locally
 *   …                                        ← the output, verbatim, if any (nothing for sleep)
 *   [00:03.920] Status: Downloaded newer image for nginx:latest
 *                                            ← with events on: what happened while that line ran,
 *                                              "[mm:ss.mmm] message" (h:mm:ss.mmm past an hour)
 *
 * Blank lines in a script are skipped; `# comments` are echoed like any typed line.
 */
export function formatTranscriptEntry(line: string, output: string): string {
  return output === '' ? `$ ${line}` : `$ ${line}\n${output}`;
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const millis = String(total % 1000).padStart(3, '0');
  const seconds = Math.floor(total / 1000);
  const ss = String(seconds % 60).padStart(2, '0');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${String(minutes).padStart(2, '0')}:${ss}.${millis}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${ss}.${millis}`;
}

export function formatEventLine(event: SimEvent): string {
  return `[${formatClock(event.at)}] ${event.message}`;
}
