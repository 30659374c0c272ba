'use client';

import { useState } from 'react';
import { sessionForPreset } from '@/lib/sim/simulator-entry';
import { downloadText } from '@/components/progress/download';
import { useSimEntry, useSimStore } from './sim-context';

/**
 * "Save as scenario": the commands typed so far, as a scenario file to annotate and present
 * (/present opens it). Works offline: the file is built here and downloaded.
 */
export function SaveScenarioButton() {
  const store = useSimStore();
  const entry = useSimEntry();
  const [status, setStatus] = useState('');

  async function save() {
    const { session, presetId } = store.getState();
    const simulator = entry.engine.id;
    if (simulator !== 'ecs' && simulator !== 'vm') return;
    // The YAML writer loads only when someone saves.
    const [{ stringify }, { scenarioFromSession }] = await Promise.all([
      import('yaml'),
      import('@/lib/present/from-session'),
    ]);
    const scenario = scenarioFromSession({
      simulator,
      preset: presetId,
      seed: session.seed,
      log: session.log,
      // The preset's own commands are where the scenario starts, not steps of it.
      presetCommands: sessionForPreset(entry, presetId, session.seed).log.length,
      now: session.state.now,
    });
    const steps = scenario.steps.length - 1;
    downloadText(`${simulator}-scenario.yaml`, stringify(scenario), 'application/yaml');
    setStatus(steps === 0 ? 'Saved (no commands yet)' : `Saved ${steps} ${steps === 1 ? 'step' : 'steps'}`);
    setTimeout(() => setStatus(''), 3000);
  }

  return (
    <button
      type="button"
      onClick={save}
      className="h-10 rounded-lg px-3 text-sm font-medium hover:bg-[var(--bg-soft)]"
    >
      <span aria-live="polite">{status || 'Save as scenario'}</span>
    </button>
  );
}
