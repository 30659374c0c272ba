/**
 * Replays a guided scenario headless: `npm run scenario -- [--events] ID`. Prints what the console
 * prints for each step's lines (placeholders filled in, as the presenter's stage does), from the
 * scenario's preset and seed; a talk on the side-by-side prints what each step shows. Exit status 2 for a usage problem or an unknown scenario.
 */
import { pathToFileURL } from 'node:url';
import { listScenarioIds, loadScenario } from '../lib/content/scenarios';
import { compareTranscript } from '../lib/present/compare-replay';
import { scenarioScript } from '../lib/present/scenario-script';
import { runSimScript } from './sim';

const USAGE = 'usage: npm run scenario -- [--events] ID';

function main(argv: readonly string[]): number {
  const events = argv.includes('--events');
  const ids = argv.filter((arg) => arg !== '--events');
  const [id] = ids;
  if (id === undefined || ids.length > 1 || id.startsWith('-')) {
    process.stderr.write(
      `scenario: give one scenario id (known: ${listScenarioIds().join(', ')})\n${USAGE}\n`,
    );
    return 2;
  }
  if (!listScenarioIds().includes(id)) {
    process.stderr.write(
      `scenario: no scenario '${id}' (known: ${listScenarioIds().join(', ')})\n${USAGE}\n`,
    );
    return 2;
  }
  const scenario = loadScenario(id);
  // The side-by-side has no console: each step's settings and what the room then sees.
  if (scenario.simulator === 'compare') {
    process.stdout.write(`${compareTranscript(scenario)}\n`);
    return 0;
  }
  const options = { sim: scenario.simulator, preset: scenario.preset, events, resolvePlaceholders: true };
  const transcript = runSimScript(
    scenarioScript(scenario),
    scenario.seed === undefined ? options : { ...options, seed: scenario.seed },
  );
  process.stdout.write(`${transcript}\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
