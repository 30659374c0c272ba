import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesBeside, runSimScript } from '../../../../scripts/sim';

/**
 * Whole stories pinned as golden transcripts: each `NAME.sim` here runs (seed 1, with events)
 * exactly as `npm run sim -- --events lib/sim/ecr/scripts/NAME.sim` prints it, and must equal
 * `NAME.golden.txt`. After an intended behaviour change, regenerate with UPDATE_GOLDEN=1.
 */
const folder = fileURLToPath(new URL('.', import.meta.url));
const scripts = readdirSync(folder).filter((name) => name.endsWith('.sim'));

describe('golden ECR stories', () => {
  it.each(scripts)('%s prints its golden transcript', (name) => {
    const file = join(folder, name);
    const transcript = `${runSimScript(readFileSync(file, 'utf8'), { seed: 1, sim: 'ecr', events: true }, filesBeside(file))}\n`;
    const golden = join(folder, name.replace(/\.sim$/, '.golden.txt'));
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, transcript);
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(transcript).toBe(readFileSync(golden, 'utf8'));
  });
});
