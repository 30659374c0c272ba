import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Lesson slugs whose MDX embeds a simulator, a drill or the compute side-by-side (the simulator at
 * /simulators/compare/): they get the simulator page budget.
 */
export function lessonsWithSimulators(lessonsDir = join(process.cwd(), 'content', 'lessons')): string[] {
  return readdirSync(lessonsDir)
    .filter((file) => file.endsWith('.mdx'))
    .filter((file) => /<(?:\w+Simulator|Drill|ComputeComparison)\b/.test(readFileSync(join(lessonsDir, file), 'utf8')))
    .map((file) => file.replace(/\.mdx$/, ''));
}
