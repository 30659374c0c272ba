import { describe, expect, it } from 'vitest';
import { containerLayout, vmLayout } from './workload-layout';

/** The host's inner width on a 360 px phone, in a lesson column, and full screen on a wide display. */
const PHONE = 302;
const LESSON = 390;
const WIDE = 700;

describe('vmLayout', () => {
  it('draws few VMs as full cards, two a row on a phone', () => {
    expect(vmLayout(2, PHONE)).toMatchObject({ columns: 2, compact: false, tally: false });
  });

  it('switches to compact cards past six VMs, denser (4+ a row) on a wide host', () => {
    expect(vmLayout(7, PHONE)).toMatchObject({ columns: 2, compact: true });
    expect(vmLayout(20, WIDE)).toMatchObject({ compact: true, tally: false });
    expect(vmLayout(20, WIDE).columns).toBeGreaterThanOrEqual(4);
  });

  it('shows a tally sooner on a narrow host: 20 VMs on a phone are counted, not drawn', () => {
    expect(vmLayout(12, PHONE).tally).toBe(false);
    expect(vmLayout(13, PHONE)).toMatchObject({ tally: true, latest: 4 });
    expect(vmLayout(20, LESSON).tally).toBe(true);
    expect(vmLayout(24, WIDE).tally).toBe(false);
    expect(vmLayout(25, WIDE)).toMatchObject({ tally: true, latest: 8 });
  });

  it('assumes a phone until the width is known', () => {
    expect(vmLayout(20, 0)).toMatchObject({ columns: 2, tally: true });
  });
});

describe('containerLayout', () => {
  it('keeps 20 containers as chips even on a phone, and tallies sooner there than on a wide host', () => {
    expect(containerLayout(20, PHONE).tally).toBe(false);
    expect(containerLayout(25, PHONE).tally).toBe(true);
    expect(containerLayout(60, 1000).tally).toBe(false);
    expect(containerLayout(61, 1000).tally).toBe(true);
    expect(containerLayout(200, WIDE).tally).toBe(true);
  });
});
