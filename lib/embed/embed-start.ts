/**
 * Where an embed opens when its address has no share-link hash: `?preset=ID` (a simulator preset, as
 * lessons name them) or `?scenario=ID` (a guided scenario from content/scenarios, at its start) with
 * `&step=N` (after its first N steps). Anything the address gets wrong becomes a sentence for the
 * link-problem banner, and the embed opens somewhere sensible instead: it never fails.
 */

export interface EmbedChoice {
  readonly id: string;
  readonly title: string;
}

export interface EmbedScenarioSummary extends EmbedChoice {
  /** The simulator it runs on: vm, ecs, eks, ecr or compare. */
  readonly simulator: string;
  /** The preset it starts from: the embed's Reset returns there. */
  readonly preset: string;
  readonly steps: number;
}

/** What the embed page knows at build time: this simulator, its presets and every scenario. */
export interface EmbedCatalog {
  readonly simulatorId: string;
  readonly simulatorTitle: string;
  readonly defaultPreset: string;
  readonly presets: readonly EmbedChoice[];
  /** All scenarios, so a scenario of another simulator can be pointed to its own embed. */
  readonly scenarios: readonly EmbedScenarioSummary[];
}

export interface EmbedStart {
  readonly presetId: string;
  /** A guided scenario, played up to `step` (0: where it starts). */
  readonly scenario?: { readonly id: string; readonly step: number };
  /** What is wrong with the address, said specifically; the embed opened as described anyway. */
  readonly problem?: string;
}

/** How many ids a message lists before it says how many there are in all. */
const LISTED = 6;

function listIds(choices: readonly EmbedChoice[]): string {
  const ids = choices.slice(0, LISTED).map((choice) => choice.id);
  return choices.length > LISTED ? `${ids.join(', ')} and ${choices.length - LISTED} more` : ids.join(', ');
}

function scenarioStart(
  id: string,
  stepText: string | null,
  catalog: EmbedCatalog,
  fallback: EmbedStart,
): EmbedStart {
  const scenario = catalog.scenarios.find((candidate) => candidate.id === id);
  const own = catalog.scenarios.filter((candidate) => candidate.simulator === catalog.simulatorId);
  if (scenario === undefined) {
    const offer = own.length > 0 ? ` Its scenarios: ${listIds(own)}.` : ' It has no guided scenarios.';
    return {
      ...fallback,
      problem: `This embed asks for the scenario “${id}”, which Dockyard does not have.${offer}`,
    };
  }
  if (scenario.simulator !== catalog.simulatorId) {
    return {
      ...fallback,
      problem: `The scenario “${scenario.title}” runs on another simulator: embed it as /embed/${scenario.simulator}/?scenario=${scenario.id}.`,
    };
  }
  const opened = { presetId: scenario.preset, scenario: { id, step: 0 } };
  if (stepText === null) return opened;
  const step = /^\d{1,3}$/.test(stepText) ? Number(stepText) : Number.NaN;
  if (!(step >= 0 && step <= scenario.steps)) {
    return {
      ...opened,
      problem: `The scenario “${scenario.title}” has ${scenario.steps} steps, so “step=${stepText}” cannot be shown: use a number from 0 (its start) to ${scenario.steps}.`,
    };
  }
  return { ...opened, scenario: { id, step } };
}

/** Reads `?preset=`, `?scenario=` and `&step=` (a `search` string as `location.search` gives it). */
export function embedStart(search: string, catalog: EmbedCatalog): EmbedStart {
  const params = new URLSearchParams(search);
  const presetParam = params.get('preset');
  const scenarioParam = params.get('scenario');
  const stepParam = params.get('step');
  const preset = catalog.presets.find((candidate) => candidate.id === presetParam);
  const start: EmbedStart = { presetId: preset?.id ?? catalog.defaultPreset };

  if (scenarioParam !== null) return scenarioStart(scenarioParam, stepParam, catalog, start);
  if (presetParam !== null && preset === undefined) {
    return {
      ...start,
      problem: `This embed asks for the preset “${presetParam}”, which the ${catalog.simulatorTitle} simulator does not have (its presets: ${listIds(catalog.presets)}).`,
    };
  }
  if (stepParam !== null) {
    return {
      ...start,
      problem: `“step=${stepParam}” counts the steps of a guided scenario, and this address names none (?scenario=ID&step=N); it was ignored.`,
    };
  }
  return start;
}
