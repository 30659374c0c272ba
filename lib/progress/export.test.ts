import { describe, expect, it } from 'vitest';
import { exportProgress, progressFileName } from './export';
import { emptyProgress } from './progress';
import { progressOf, T1 } from './testing/progress-driver';

describe('exportProgress', () => {
  it('writes pretty JSON with the Dockyard header, the time and the progress', () => {
    const progress = progressOf().done('a').build();
    const text = exportProgress(progress, [], T1);
    expect(JSON.parse(text)).toEqual({ app: 'dockyard', kind: 'progress', exportedAt: T1, progress });
    expect(text).toContain('\n  "app": "dockyard",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('includes set-aside damaged data verbatim, and leaves the field out when there is none', () => {
    expect(JSON.parse(exportProgress(emptyProgress(), ['{"version":2,', 'garbage'], T1)).quarantined).toEqual(
      ['{"version":2,', 'garbage'],
    );
    expect(JSON.parse(exportProgress(emptyProgress(), undefined, T1))).not.toHaveProperty('quarantined');
  });

  it('stamps the current time when none is given', () => {
    expect(JSON.parse(exportProgress(emptyProgress())).exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('progressFileName', () => {
  it('names the file after the day of the export', () => {
    expect(progressFileName(T1)).toBe('dockyard-progress-2025-01-10.json');
    expect(progressFileName('not a date')).toBe('dockyard-progress.json');
  });
});
