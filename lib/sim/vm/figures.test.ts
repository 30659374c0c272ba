import { describe, expect, it } from 'vitest';
import { FIGURES, SOURCES } from './figures';

describe('FIGURES', () => {
  it('names only public sources or the course’s own estimate, never an internal file', () => {
    const shown = [...Object.values(SOURCES), ...Object.values(FIGURES).flatMap((f) => f.sources)];
    for (const source of shown) {
      expect(source).not.toMatch(/\.md\b|reference|§/i);
      expect(source === SOURCES.estimate || /^https:\/\/[a-z0-9.-]+\//.test(source)).toBe(true);
    }
    expect(SOURCES.estimate).toBe('Course estimate (not a measured figure)');
  });

  it('labels every figure without a public number as a course estimate', () => {
    for (const figure of Object.values(FIGURES)) {
      if (!figure.confirmed) expect(figure.sources).toContain(SOURCES.estimate);
    }
  });

  it('says container starts are serialised per host', () => {
    expect(FIGURES.containerStart.note).toMatch(/one container at a time/);
  });
});
