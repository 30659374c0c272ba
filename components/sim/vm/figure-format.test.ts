import { describe, expect, it } from 'vitest';
import { FIGURES } from '@/lib/sim/vm/figures';
import { formatRange, sourceLink } from './figure-format';

describe('formatRange', () => {
  it('prints each range end as given, without rounding 1.5 s up to 2 s', () => {
    expect(formatRange(FIGURES.pullHandshake)).toBe('300 ms – 1.5\u00a0s');
    expect(formatRange(FIGURES.containerStart)).toBe('50 ms – 1\u00a0s');
    expect(formatRange(FIGURES.vmOsBoot)).toBe('30\u00a0s – 1\u00a0min\u00a030\u00a0s');
    expect(formatRange(FIGURES.shimMemory)).toBe('2–6 MiB');
  });
});

describe('sourceLink', () => {
  it('links web addresses and leaves the course-estimate label as words', () => {
    expect(sourceLink('https://firecracker-microvm.github.io/')).toEqual({
      href: 'https://firecracker-microvm.github.io/',
      text: 'firecracker-microvm.github.io',
    });
    expect(sourceLink('Course estimate (not a measured figure)')).toBeNull();
  });
});
