'use client';

import { useId, useState, type ChangeEvent } from 'react';
import type { Scenario } from '@/lib/present/scenario-schema';
import { saveCustomScenario } from './save-custom-scenario';

type Checked =
  | { readonly kind: 'refused'; readonly problems: readonly string[] }
  | {
      readonly kind: 'ready';
      readonly scenario: Scenario;
      readonly warnings: readonly string[];
    };

type Opened = { readonly kind: 'none' } | (Checked & { readonly file: string });

const presetRefused = (preset: string, known: readonly { readonly id: string }[]): Checked => ({
  kind: 'refused',
  problems: [
    `preset: "${preset}" is not a preset of this simulator (${known.map((candidate) => candidate.id).join(', ')})`,
  ],
});

/** A talk on the side-by-side: its starting view, then what each step shows. */
async function checkCompare(scenario: Scenario): Promise<Checked> {
  const [{ COMPARE_PRESETS }, { replayCompareScenario }] = await Promise.all([
    import('@/lib/present/compare-view'),
    import('@/lib/present/compare-replay'),
  ]);
  if (!COMPARE_PRESETS.some((preset) => preset.id === scenario.preset))
    return presetRefused(scenario.preset, COMPARE_PRESETS);
  const warnings = replayCompareScenario(scenario).flatMap((replay) =>
    replay.problems.map((problem) => `step ${problem.step}: ${problem.message}`),
  );
  return { kind: 'ready', scenario, warnings };
}

/** Checks a file the way the build checks the course's scenarios: the schema, then a headless replay. */
async function check(text: string): Promise<Checked> {
  const { readScenarioFile } = await import('@/lib/present/read-scenario-file');
  const read = readScenarioFile(text);
  if (!read.ok) return { kind: 'refused', problems: read.problems };
  const simulator = read.scenario.simulator;
  if (simulator === 'compare') return checkCompare(read.scenario);
  const [entry, { replayScenario }] = await Promise.all([
    import('@/lib/present/scenario-simulator').then((module) => module.loadScenarioSimulator(simulator)),
    import('@/lib/present/replay'),
  ]);
  if (!entry.presets.some((preset) => preset.id === read.scenario.preset))
    return presetRefused(read.scenario.preset, entry.presets);
  const warnings = replayScenario(entry, read.scenario).flatMap((replay) =>
    replay.problems.map((problem) => `step ${problem.step}: ${problem.message}`),
  );
  return { kind: 'ready', scenario: read.scenario, warnings };
}

/** On /present: open a scenario file from disk, checked, then presented from this browser (offline too). */
export function OpenScenarioFile() {
  const [opened, setOpened] = useState<Opened>({ kind: 'none' });
  const [storageRefused, setStorageRefused] = useState(false);
  const inputId = useId();

  /** Kept in this browser only now that the instructor chose to present it. */
  function present(address: string) {
    if (opened.kind !== 'ready') return;
    // A full page load: the custom pages read the scenario from storage as they open.
    if (saveCustomScenario(opened.scenario)) window.location.assign(address);
    else setStorageRefused(true);
  }

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again after editing it reads it again.
    event.target.value = '';
    if (file === undefined) return;
    setStorageRefused(false);
    void file.text().then(
      (text) => check(text).then((result) => setOpened({ ...result, file: file.name })),
      () => setOpened({ kind: 'refused', file: file.name, problems: ['The file could not be read.'] }),
    );
  }

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="rounded-2xl border-2 border-dashed border-[var(--border)] p-4 sm:p-5"
    >
      <h2 id={`${inputId}-title`} className="text-xl font-semibold">
        Your own scenario
      </h2>
      <p className="mt-1 max-w-[70ch] text-[var(--fg-soft)]">
        Save a sandbox session with <strong>Save as scenario</strong> in any simulator, annotate the file
        (titles, narration, notes, questions for the room), and open it here. It is checked against the same
        rules as the course&apos;s own scenarios, and stays in this browser.
      </p>
      <label htmlFor={inputId} className="mt-3 block font-medium">
        Open a scenario file (.yaml or .json)
      </label>
      <input
        id={inputId}
        type="file"
        accept=".yaml,.yml,.json,application/yaml,application/json"
        onChange={onFile}
        className="mt-1 block max-w-full"
      />
      {opened.kind === 'refused' && (
        <div role="alert" className="mt-4 rounded-xl border-2 border-red-600 p-3 dark:border-red-400">
          <p className="font-semibold">{opened.file} is not a scenario Dockyard can present:</p>
          <ul className="mt-1 list-disc pl-6">
            {opened.problems.map((problem) => (
              <li key={problem} className="wrap-anywhere">
                {problem}
              </li>
            ))}
          </ul>
        </div>
      )}
      {opened.kind === 'ready' && (
        <div role="status" className="mt-4 space-y-2 rounded-xl border-2 border-[var(--border)] p-3">
          <p>
            <span className="font-semibold">{opened.scenario.title}</span> ({opened.file}):{' '}
            {opened.scenario.steps.length} steps, checked.
          </p>
          {opened.warnings.length > 0 && (
            <div>
              <p className="font-medium">
                When replayed, some lines do not go as written (you can still present it):
              </p>
              <ul className="list-disc pl-6">
                {opened.warnings.map((warning) => (
                  <li key={warning} className="wrap-anywhere">
                    {warning}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="flex flex-wrap gap-x-5 gap-y-2">
            <button
              type="button"
              onClick={() => present('/present/custom/presenter/')}
              className="bg-accent-700 hover:bg-accent-800 inline-flex min-h-11 items-center rounded-lg px-4 font-semibold text-white"
            >
              Present it
            </button>
            <button
              type="button"
              onClick={() => present('/present/custom/')}
              className="text-accent-700 dark:text-accent-300 inline-flex min-h-11 items-center font-medium underline"
            >
              Audience view only
            </button>
          </p>
          {storageRefused && (
            <p role="alert">
              This browser does not allow keeping it (storage is off or full), so it cannot be presented here.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
