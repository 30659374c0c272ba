import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DRILLS } from '@/lib/drills';
import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { SimProvider } from '@/components/sim/sim-context';
import { DrillPanel } from './drill-panel';
import { UnknownDrill } from './unknown-drill';
import { createSimStore } from '@/components/sim/sim-store';
import { drillStatus, shouldRecordSolve } from './drill-state';

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

// The child goes in as createElement's third argument; the props type still lists `children`.
type ProviderProps = ComponentProps<typeof SimProvider>;

function render(drill: (typeof DRILLS)[number]): string {
  return renderToStaticMarkup(
    createElement(
      SimProvider,
      { entry: ecsSimulator, presetId: drill.preset } as ProviderProps,
      createElement(DrillPanel, { drill }),
    ),
  );
}

describe('DrillPanel', () => {
  it.each(DRILLS.map((drill) => [drill.id, drill] as const))(
    '%s opens at its broken preset: title, situation, goals not all met, hints and solution closed',
    (_id, drill) => {
      expect(ecsSimulator.presets.some((preset) => preset.id === drill.preset)).toBe(true);
      const html = render(drill);
      expect(html).toContain(escapeHtml(drill.title));
      expect(html).toMatch(/\d+ of \d+ goals? met/);
      expect(html).not.toContain('>Solved<');
      expect(html).toContain('Show a hint');
      expect(html).toContain('Show the worked solution');
      expect(html).not.toContain('Hint 1:');
    },
  );
});

describe('a drill in the simulator store the panel reads', () => {
  it.each(DRILLS.map((drill) => [drill.id, drill] as const))(
    '%s: typing the worked solution into the console solves it, and the solve is recorded once',
    (_id, drill) => {
      const store = createSimStore(ecsSimulator, drill.preset);
      expect(drillStatus(drill.check(store.getState().session.state), undefined).kind).toBe('unsolved');
      for (const step of drill.solution) store.getState().runLine(step.line);
      const checks = drill.check(store.getState().session.state);
      expect(checks.filter((check) => !check.met)).toEqual([]);
      expect(drillStatus(checks, undefined).kind).toBe('solved');
      expect(shouldRecordSolve(checks, true, undefined)).toBe(true);
      expect(shouldRecordSolve(checks, true, '2026-11-25T18:00:00.000Z')).toBe(false);
    },
  );
});

describe('UnknownDrill', () => {
  it('names the id it could not find', () => {
    expect(renderToStaticMarkup(createElement(UnknownDrill, { id: 'nope/none' }))).toContain('nope/none');
  });
});
