import type { Moment } from '../moment';

/**
 * Where a "predict, then play" moment stands: waiting for its time, asking, playing what the
 * learner chose to see, or revealed. Pure, so the component only renders and dispatches.
 */
export type MomentPhase =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'asking' }
  | { readonly kind: 'playing'; readonly until: number }
  | { readonly kind: 'revealed' };

/** Simulated ms at which a moment stops to ask; null: as soon as it is the current one. */
export function pauseAtMs(moment: Moment): number | null {
  if (moment.at === undefined || !Number.isFinite(moment.at)) return null;
  return Math.max(0, Math.round(moment.at * 1000));
}

/** The first moment not done yet, in order; null when every moment is done. */
export function currentMomentIndex(moments: readonly Moment[], done: ReadonlySet<string>): number | null {
  const index = moments.findIndex((moment) => !done.has(moment.id));
  return index === -1 ? null : index;
}

/** Whether the simulated time has reached the moment (one without `at` is due at once). */
export function isDue(moment: Moment, nowMs: number): boolean {
  const at = pauseAtMs(moment);
  return at === null || nowMs >= at;
}

/**
 * When playback has just carried the time across a moment's `at` (a frame of the play loop moves
 * up to seconds at high speed), the exact time to go back to, so every learner sees the same
 * picture; null when nothing was crossed (the time arrived exactly, or was moved there by hand).
 */
export function overshotTo(moment: Moment, previousMs: number, nowMs: number): number | null {
  const at = pauseAtMs(moment);
  if (at === null) return null;
  return previousMs < at && nowMs > at ? at : null;
}

/** Simulated ms at which "Play and see" stops: `playFor` seconds after it began (never negative). */
export function playUntil(moment: Moment, startMs: number): number {
  const seconds = moment.playFor !== undefined && Number.isFinite(moment.playFor) ? moment.playFor : 0;
  return startMs + Math.max(0, Math.round(seconds * 1000));
}

/** After playing: reveal once the end is reached; `seekTo` is the exact end if playback went past it. */
export function finishPlaying(until: number, nowMs: number): { done: boolean; seekTo: number | null } {
  if (nowMs < until) return { done: false, seekTo: null };
  return { done: true, seekTo: nowMs > until ? until : null };
}

/** How far through "Play and see" the simulation is, 0–1, for the progress line. */
export function playedFraction(startMs: number, until: number, nowMs: number): number {
  if (until <= startMs) return 1;
  return Math.min(1, Math.max(0, (nowMs - startMs) / (until - startMs)));
}

/** Moment ids must be unique for the done set to mean anything; the duplicates, for a clear error. */
export function duplicateMomentIds(moments: readonly Moment[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const moment of moments) {
    if (seen.has(moment.id)) duplicates.add(moment.id);
    seen.add(moment.id);
  }
  return [...duplicates];
}

/** "2 minutes", "90 seconds": how long a moment plays, in words. */
export function formatSeconds(seconds: number): string {
  if (seconds >= 60 && seconds % 60 === 0) {
    const minutes = seconds / 60;
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  }
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}
