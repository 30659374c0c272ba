import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBeside, runSimScript } from '../../../../scripts/sim';

/**
 * Whole EKS stories pinned as golden transcripts: each `NAME.sim` runs (seed 1, with events) as
 * `npm run sim -- --sim eks --events lib/sim/eks/scripts/NAME.sim` prints it, and must equal
 * `NAME.golden.txt`. After an intended behaviour change, regenerate with UPDATE_GOLDEN=1.
 */
const folder = fileURLToPath(new URL('.', import.meta.url));
const scripts = readdirSync(folder).filter((name) => name.endsWith('.sim'));

describe('golden EKS stories', () => {
  it.each(scripts)('%s prints its golden transcript', (name) => {
    const file = join(folder, name);
    const text = readFileSync(file, 'utf8');
    const transcript = `${runSimScript(text, { seed: 1, sim: 'eks', events: true }, filesBeside(file))}\n`;
    const golden = join(folder, name.replace(/\.sim$/, '.golden.txt'));
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, transcript);
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(transcript).toBe(readFileSync(golden, 'utf8'));
  });
});
