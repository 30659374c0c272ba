import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT, DEFAULT_MINUTE } from '@/lib/compare';
import { compareReport, compareTranscript, replayCompareScenario } from './compare-replay';
import { compareViewAfter, decodeLiveCompareView, encodeLiveCompareView, minuteOf } from './compare-view';
import { scenarioSchema } from './scenario-schema';

const talk = scenarioSchema.parse({
  id: 'burst-demo',
  title: 'A burst',
  summary: 'The side-by-side as traffic jumps tenfold at noon.',
  simulator: 'compare',
  preset: 'side-by-side',
  lesson: 'choosing-your-compute',
  coverage: [9],
  steps: [
    {
      title: 'Morning',
      compare: { shape: 'burst', peakRps: 10_000, at: '11:50' },
      narration: 'A quiet morning.',
      notes: 'All six answer.',
    },
    {
      title: 'Noon',
      compare: { at: '12:00' },
      narration: 'Ten times the traffic.',
      notes: 'Who answers?',
      expect: ['ECS on Fargate: 3 tasks. Overloaded: 8,500 req/s not answered', 'Fargate answers all'],
    },
    { title: 'Bigger', compare: { size: 'medium' }, narration: 'Bigger replicas.', notes: 'Same minute.' },
  ],
});

describe('compareViewAfter', () => {
  it('starts where the side-by-side opens and carries each setting forward until a step changes it', () => {
    expect(compareViewAfter(talk, 0)).toEqual({ input: DEFAULT_INPUT, minute: DEFAULT_MINUTE });
    expect(compareViewAfter(talk, 1)).toEqual({
      input: { shape: 'burst', peakRps: 10_000, size: 'small' },
      minute: minuteOf('11:50'),
    });
    expect(compareViewAfter(talk, 3)).toEqual({
      input: { shape: 'burst', peakRps: 10_000, size: 'medium' },
      minute: 12 * 60,
    });
  });
});

describe('the live view', () => {
  it('goes to the audience window and back unchanged', () => {
    const view = { ...compareViewAfter(talk, 2), playing: true };
    expect(decodeLiveCompareView(encodeLiveCompareView(view))).toEqual(view);
  });

  it('is null for another talk’s live string or a view no learner could set', () => {
    expect(
      decodeLiveCompareView('v1.eJyrVkrOz0nNTc0rUbJSSk4sSszVy0nVyy1JTVHSUcrPTVWyUjI0MjYwMDIyNlUqBABkTAvw'),
    ).toBeNull();
    expect(decodeLiveCompareView('compare:{"input":{}}')).toBeNull();
    const odd = { input: { ...DEFAULT_INPUT, peakRps: 3000 }, minute: 600, playing: false };
    expect(decodeLiveCompareView(encodeLiveCompareView(odd))).toBeNull();
    expect(decodeLiveCompareView('compare:not json')).toBeNull();
  });
});

describe('compareReport', () => {
  it('says what the cards say at the minute: replicas, where they run, answered or not, the cost', () => {
    const report = compareReport(compareViewAfter(talk, 2));
    expect(report).toContain(
      'A burst at noon, busiest minute 10,000 requests/s, each replica 0.25 vCPU, 0.5 GB',
    );
    expect(report).toContain('Side by side at 12:00: 10,000 requests/s');
    expect(report).toMatch(/^EC2 VMs: 3 VMs each a c5\.large\. Answers all 10,000 req\/s\. Costs \$/m);
    expect(report).toMatch(/^EKS, managed nodes: 8 pods on 3 × m5\.large, 4 starting\. Overloaded/m);
    expect(report).toMatch(/^Lambda, container image: \d+ environments\. Answers all 10,000 req\/s/m);
  });
});

describe('replayCompareScenario', () => {
  it('names each expected text the step does not show', () => {
    const replays = replayCompareScenario(talk);
    expect(replays.map((replay) => replay.view.minute)).toEqual([710, 720, 720]);
    expect(replays.flatMap((replay) => replay.problems)).toEqual([
      { step: 2, message: 'the side-by-side does not show "Fargate answers all"' },
    ]);
  });

  it('prints the start and every step for npm run scenario', () => {
    const transcript = compareTranscript(talk);
    expect(transcript.match(/^\$ # /gm)).toHaveLength(4);
    expect(transcript).toContain(
      '$ # step 3: Bigger\nA burst at noon, busiest minute 10,000 requests/s, each replica 1 vCPU, 2 GB',
    );
  });
});
