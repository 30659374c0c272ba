import { describe, expect, it } from 'vitest';
import type { Moment } from '../moment';
import {
  currentMomentIndex,
  duplicateMomentIds,
  finishPlaying,
  formatSeconds,
  isDue,
  overshotTo,
  pauseAtMs,
  playUntil,
  playedFraction,
} from './moment-flow';

const moment = (fields: Partial<Moment> = {}): Moment => ({
  id: 'm',
  prompt: 'What next?',
  answer: 'This.',
  ...fields,
});

describe('pauseAtMs and isDue', () => {
  it('turns seconds into whole ms and treats a missing or broken `at` as "at once"', () => {
    expect(pauseAtMs(moment({ at: 90 }))).toBe(90_000);
    expect(pauseAtMs(moment({ at: 1.2345 }))).toBe(1235);
    expect(pauseAtMs(moment({ at: -5 }))).toBe(0);
    expect(pauseAtMs(moment())).toBeNull();
    expect(pauseAtMs(moment({ at: Number.NaN }))).toBeNull();
  });

  it('is due from the moment its time is reached, and at once without `at`', () => {
    expect(isDue(moment({ at: 60 }), 59_999)).toBe(false);
    expect(isDue(moment({ at: 60 }), 60_000)).toBe(true);
    expect(isDue(moment({ at: 60 }), 61_000)).toBe(true);
    expect(isDue(moment(), 0)).toBe(true);
  });
});

describe('currentMomentIndex', () => {
  const moments = [moment({ id: 'a' }), moment({ id: 'b' }), moment({ id: 'c' })];

  it('is the first moment not done, in the order written', () => {
    expect(currentMomentIndex(moments, new Set())).toBe(0);
    expect(currentMomentIndex(moments, new Set(['a']))).toBe(1);
    expect(currentMomentIndex(moments, new Set(['b']))).toBe(0);
  });

  it('is null when every moment is done or there are none', () => {
    expect(currentMomentIndex(moments, new Set(['a', 'b', 'c']))).toBeNull();
    expect(currentMomentIndex([], new Set())).toBeNull();
  });
});

describe('overshotTo', () => {
  const at120 = moment({ at: 120 });

  it('goes back to the exact time when a jump crossed it', () => {
    expect(overshotTo(at120, 119_000, 121_500)).toBe(120_000);
  });

  it('stays when the time landed exactly, was already past, or the moment has no time', () => {
    expect(overshotTo(at120, 119_000, 120_000)).toBeNull();
    expect(overshotTo(at120, 120_000, 125_000)).toBeNull();
    expect(overshotTo(at120, 130_000, 131_000)).toBeNull();
    expect(overshotTo(moment(), 0, 5_000)).toBeNull();
  });
});

describe('playing a stretch', () => {
  it('ends playFor seconds after the start, never before it', () => {
    expect(playUntil(moment({ playFor: 120 }), 30_000)).toBe(150_000);
    expect(playUntil(moment(), 30_000)).toBe(30_000);
    expect(playUntil(moment({ playFor: -10 }), 30_000)).toBe(30_000);
    expect(playUntil(moment({ playFor: Number.POSITIVE_INFINITY }), 30_000)).toBe(30_000);
  });

  it('is done at the end, going back to it exactly if playback went past', () => {
    expect(finishPlaying(150_000, 149_999)).toEqual({ done: false, seekTo: null });
    expect(finishPlaying(150_000, 150_000)).toEqual({ done: true, seekTo: null });
    expect(finishPlaying(150_000, 151_600)).toEqual({ done: true, seekTo: 150_000 });
  });

  it('reports progress between 0 and 1', () => {
    expect(playedFraction(0, 100, 50)).toBe(0.5);
    expect(playedFraction(100, 200, 50)).toBe(0);
    expect(playedFraction(0, 100, 500)).toBe(1);
    expect(playedFraction(100, 100, 100)).toBe(1);
  });
});

describe('duplicateMomentIds', () => {
  it('names each id used more than once', () => {
    expect(
      duplicateMomentIds([
        moment({ id: 'a' }),
        moment({ id: 'b' }),
        moment({ id: 'a' }),
        moment({ id: 'a' }),
      ]),
    ).toEqual(['a']);
    expect(duplicateMomentIds([moment({ id: 'a' }), moment({ id: 'b' })])).toEqual([]);
  });
});

describe('formatSeconds', () => {
  it('says whole minutes as minutes and anything else as seconds', () => {
    expect(formatSeconds(120)).toBe('2 minutes');
    expect(formatSeconds(60)).toBe('1 minute');
    expect(formatSeconds(90)).toBe('90 seconds');
    expect(formatSeconds(1)).toBe('1 second');
  });
});
