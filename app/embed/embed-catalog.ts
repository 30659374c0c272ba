import { simulatorCatalog } from '@/components/sim/simulator-catalog';
import type { EmbedScenarioScript } from '@/components/sim/embed-context';
import type { EmbedCatalog } from '@/lib/embed/embed-start';
import { loadAllScenarios } from '@/lib/content/scenarios';
import { COMPARE_PRESETS } from '@/lib/present/compare-view';
import type { Preset } from '@/lib/sim/core/types';
import { ECR_PRESETS } from '@/lib/sim/ecr/presets';
import { ECS_PRESETS } from '@/lib/sim/ecs/presets';
import { EKS_PRESETS } from '@/lib/sim/eks/presets';
import { VM_PRESETS } from '@/lib/sim/vm/presets';

/** Every simulator an embed can show: the four with an engine, and the side-by-side of compute options. */
export const EMBEDS = [
  ...simulatorCatalog.map(({ id, title, defaultPreset }) => ({ id, title, defaultPreset })),
  { id: 'compare', title: 'Choosing your compute', defaultPreset: 'side-by-side' },
] as const;

export type EmbedId = (typeof EMBEDS)[number]['id'];

const PRESETS: Record<EmbedId, readonly Pick<Preset, 'id' | 'title'>[]> = {
  vm: VM_PRESETS,
  ecs: ECS_PRESETS,
  eks: EKS_PRESETS,
  ecr: ECR_PRESETS,
  compare: COMPARE_PRESETS,
};

/**
 * What an embed page hands its client at build time: the simulator's presets and every scenario's
 * name (to read `?preset=` and `?scenario=`), and the steps of its own scenarios without the talk's
 * narration and notes, which an embed never shows.
 */
export function embedData(id: EmbedId): { catalog: EmbedCatalog; scripts: EmbedScenarioScript[] } {
  const embed = EMBEDS.find((candidate) => candidate.id === id)!;
  const scenarios = loadAllScenarios();
  return {
    catalog: {
      simulatorId: id,
      simulatorTitle: embed.title,
      defaultPreset: embed.defaultPreset,
      presets: PRESETS[id].map(({ id: presetId, title }) => ({ id: presetId, title })),
      scenarios: scenarios.map((scenario) => ({
        id: scenario.id,
        title: scenario.title,
        simulator: scenario.simulator,
        preset: scenario.preset,
        steps: scenario.steps.length,
      })),
    },
    scripts: scenarios
      .filter((scenario) => scenario.simulator === id)
      .map((scenario) => ({
        id: scenario.id,
        title: scenario.title,
        preset: scenario.preset,
        ...(scenario.seed === undefined ? {} : { seed: scenario.seed }),
        steps: scenario.steps.map(({ run, playFor, compare }) => ({
          run,
          playFor,
          ...(compare === undefined ? {} : { compare }),
        })),
      })),
  };
}
