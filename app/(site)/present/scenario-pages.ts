import { notFound } from 'next/navigation';
import { listScenarioIds, loadScenario } from '@/lib/content/scenarios';
import type { Scenario } from '@/lib/present/scenario-schema';

/** Static params and loading for the /present pages: every scenario, and every step of each. */
export function scenarioParams(): { id: string }[] {
  return listScenarioIds().map((id) => ({ id }));
}

export function stepParams(): { id: string; step: string }[] {
  return listScenarioIds().flatMap((id) =>
    loadScenario(id).steps.map((_, index) => ({ id, step: String(index + 1) })),
  );
}

export function scenarioOrNotFound(id: string): Scenario {
  if (!listScenarioIds().includes(id)) notFound();
  return loadScenario(id);
}

export function stepOrNotFound(scenario: Scenario, step: string): number {
  const number = Number(step);
  if (!Number.isInteger(number) || number < 1 || number > scenario.steps.length) notFound();
  return number;
}
