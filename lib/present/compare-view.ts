import { z } from '@/lib/zod';
import { DEFAULT_INPUT, DEFAULT_MINUTE, LAST_MINUTE, PEAK_STOPS } from '../compare/settings';
import { LOAD_SHAPES, SIZE_IDS, type CompareInput } from '../compare/types';
import type { CompareSettings, Scenario, ScenarioStep } from './scenario-schema';

/**
 * A talk on the side-by-side (simulator `compare`) has no engine and no clock: each step sets what
 * a learner could set by hand (the load, its peak, the size, the time of day), and the picture is a
 * pure function of those. This module turns a talk's steps into what the stage shows.
 */
export interface CompareView {
  readonly input: CompareInput;
  /** Minutes from midnight. */
  readonly minute: number;
}

const PAGE_VIEW: CompareView = { input: DEFAULT_INPUT, minute: DEFAULT_MINUTE };

/** Where a compare talk can start: the side-by-side as its page opens. */
export const COMPARE_PRESETS: readonly {
  readonly id: string;
  readonly title: string;
  readonly view: CompareView;
}[] = [
  {
    id: 'side-by-side',
    title: 'The side-by-side as it opens: business hours, 2,500 requests/s, the seed’s task size, 12:10',
    view: PAGE_VIEW,
  },
];

/** "12:05" as minutes from midnight. */
export function minuteOf(at: string): number {
  const [hours = 0, minutes = 0] = at.split(':').map(Number);
  return hours * 60 + minutes;
}

function applied(view: CompareView, settings: CompareSettings | undefined): CompareView {
  if (settings === undefined) return view;
  return {
    input: {
      shape: settings.shape ?? view.input.shape,
      peakRps: settings.peakRps ?? view.input.peakRps,
      size: settings.size ?? view.input.size,
    },
    minute: settings.at === undefined ? view.minute : minuteOf(settings.at),
  };
}

/** The view once `count` steps have played (0: the preset's), each step's settings on the last. */
export function compareViewAfter(
  scenario: Pick<Scenario, 'preset'> & { readonly steps: readonly Pick<ScenarioStep, 'compare'>[] },
  count: number,
): CompareView {
  const start = COMPARE_PRESETS.find((preset) => preset.id === scenario.preset)?.view ?? PAGE_VIEW;
  return scenario.steps.slice(0, count).reduce((view, step) => applied(view, step.compare), start);
}

/** Off script, the presenter's view goes to the audience window as a string (the talk's `live`). */
export interface LiveCompareView extends CompareView {
  readonly playing: boolean;
}

const PREFIX = 'compare:';

const liveSchema = z.strictObject({
  input: z.strictObject({
    shape: z.enum(LOAD_SHAPES),
    peakRps: z.number().refine((value) => (PEAK_STOPS as readonly number[]).includes(value)),
    size: z.enum(SIZE_IDS),
  }),
  minute: z.number().int().min(0).max(LAST_MINUTE),
  playing: z.boolean(),
});

export function encodeLiveCompareView(view: LiveCompareView): string {
  return `${PREFIX}${JSON.stringify({ input: view.input, minute: view.minute, playing: view.playing })}`;
}

/** The presenter's view from a message, or null for anything else (another kind of talk, junk). */
export function decodeLiveCompareView(text: string): LiveCompareView | null {
  if (!text.startsWith(PREFIX)) return null;
  try {
    const parsed = liveSchema.safeParse(JSON.parse(text.slice(PREFIX.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
