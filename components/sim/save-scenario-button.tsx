'use client';

import { useState } from 'react';
import { sessionForPreset } from '@/lib/sim/simulator-entry';
import { downloadText } from '@/components/progress/download';
import { useSimEntry, useSimStore } from './sim-context';

/**
 * "Save as scenario": the commands run so far, as a scenario file to annotate and present
 * (/present opens it). Works offline: the file is built here and downloaded.
 */
export function SaveScenarioButton() {
  const store = useSimStore();
  const entry = useSimEntry();
  const [status, setStatus] = useState('');

  async function save() {
    const { session, presetId } = store.getState();
    const simulator = entry.engine.id;
    if (simulator !== 'ecs' && simulator !== 'vm' && simulator !== 'ecr') return;
    // The YAML writer loads only when someone saves.
    const [{ stringify }, { scenarioFromSession, MAX_SAVED_COMMANDS }] = await Promise.all([
      import('yaml'),
      import('@/lib/present/from-session'),
    ]);
    // The preset's own commands are where the scenario starts, not steps of it.
    const preset = sessionForPreset(entry, presetId, session.seed);
    const scenario = scenarioFromSession({
      simulator,
      preset: presetId,
      seed: session.seed,
      log: session.log,
      presetCommands: preset.log.length,
      now: session.state.now,
      startedAt: preset.state.now,
    });
    const steps = scenario.steps.length - 1;
    if (steps === 0) {
      setStatus('Nothing to save yet: run a command that changes the simulation first.');
    } else {
      downloadText(`${simulator}-scenario.yaml`, stringify(scenario), 'application/yaml');
      setStatus(
        steps === MAX_SAVED_COMMANDS
          ? `Saved the first ${steps} commands (a scenario holds 40 steps).`
          : `Saved ${steps} ${steps === 1 ? 'step' : 'steps'} to ${simulator}-scenario.yaml.`,
      );
    }
    setTimeout(() => setStatus(''), 4000);
  }

  return (
    <>
      <button
        type="button"
        onClick={save}
        className="h-10 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
      >
        Save as scenario
      </button>
      <span role="status" className="self-center text-sm text-[var(--fg-soft)] empty:hidden">
        {status}
      </span>
    </>
  );
}
