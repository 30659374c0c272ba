import { parseOrThrow } from './content-error';
import { contentPath, displayPath, listFiles, readYaml } from './files';
import { scenarioSchema, type Scenario } from '../present/scenario-schema';

/** Guided scenarios for instructors, from content/scenarios/<id>.yaml. */
export function listScenarioIds(): string[] {
  return listFiles('scenarios', '.yaml');
}

export function loadScenario(id: string): Scenario {
  const path = contentPath('scenarios', `${id}.yaml`);
  return parseOrThrow(scenarioSchema, readYaml(path), displayPath(path));
}

export function loadAllScenarios(): Scenario[] {
  return listScenarioIds().map(loadScenario);
}
