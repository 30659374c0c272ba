import { describe, expect, it } from 'vitest';
import { embedStart, type EmbedCatalog } from './embed-start';

const catalog: EmbedCatalog = {
  simulatorId: 'ecs',
  simulatorTitle: 'Amazon ECS',
  defaultPreset: 'three-instances',
  presets: [
    { id: 'three-instances', title: 'Three instances' },
    { id: 'web-service', title: 'A web service' },
  ],
  scenarios: [
    {
      id: 'binpack-vs-spread',
      title: 'Binpack vs spread',
      simulator: 'ecs',
      preset: 'empty-cluster',
      steps: 7,
    },
    { id: 'node-failure', title: 'A node fails', simulator: 'eks', preset: 'web-deployment', steps: 5 },
  ],
};

describe('embedStart', () => {
  it('opens the default preset when the address asks for nothing', () => {
    expect(embedStart('', catalog)).toEqual({ presetId: 'three-instances' });
  });

  it('opens a preset the simulator has', () => {
    expect(embedStart('?preset=web-service', catalog)).toEqual({ presetId: 'web-service' });
  });

  it('names an unknown preset and lists the real ones, opening the default preset instead', () => {
    const start = embedStart('?preset=web-servise', catalog);
    expect(start.presetId).toBe('three-instances');
    expect(start.problem).toBe(
      'This embed asks for the preset “web-servise”, which the Amazon ECS simulator does not have (its presets: three-instances, web-service).',
    );
  });

  it('opens a scenario at its start, from its own preset', () => {
    expect(embedStart('?scenario=binpack-vs-spread', catalog)).toEqual({
      presetId: 'empty-cluster',
      scenario: { id: 'binpack-vs-spread', step: 0 },
    });
  });

  it('opens a scenario after its first N steps, the last included', () => {
    expect(embedStart('?scenario=binpack-vs-spread&step=7', catalog).scenario).toEqual({
      id: 'binpack-vs-spread',
      step: 7,
    });
  });

  it.each(['8', '-1', '2.5', 'two', '', '0007x'])(
    'opens a scenario at its start for step=%s, and says why',
    (step) => {
      const start = embedStart(`?scenario=binpack-vs-spread&step=${step}`, catalog);
      expect(start.scenario).toEqual({ id: 'binpack-vs-spread', step: 0 });
      expect(start.problem).toContain(`“step=${step}” cannot be shown: use a number from 0 (its start) to 7`);
    },
  );

  it("points a scenario of another simulator to that simulator's embed", () => {
    const start = embedStart('?scenario=node-failure', catalog);
    expect(start.presetId).toBe('three-instances');
    expect(start.scenario).toBeUndefined();
    expect(start.problem).toContain('/embed/eks/?scenario=node-failure');
  });

  it("names an unknown scenario and lists this simulator's own", () => {
    expect(embedStart('?scenario=nope', catalog).problem).toBe(
      'This embed asks for the scenario “nope”, which Dockyard does not have. Its scenarios: binpack-vs-spread.',
    );
  });

  it('says a step without a scenario was ignored', () => {
    const start = embedStart('?step=3', catalog);
    expect(start.presetId).toBe('three-instances');
    expect(start.problem).toMatch(/names none .* it was ignored/);
  });

  it('ignores parameters it does not read, such as a tracking tag an embedding page adds', () => {
    expect(embedStart('?preset=web-service&utm_source=lms', catalog)).toEqual({ presetId: 'web-service' });
  });

  it('lists at most six ids, then how many more there are', () => {
    const many = {
      ...catalog,
      presets: Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, title: `P${i}` })),
    };
    expect(embedStart('?preset=x', many).problem).toContain('p0, p1, p2, p3, p4, p5 and 3 more');
  });
});
