import { describe, expect, it } from 'vitest';
import {
  drillStatus,
  formatSolvedDate,
  goalSummary,
  inlineCodeParts,
  nextHintCount,
  shouldRecordSolve,
  solutionGate,
} from './drill-state';

const met = { label: 'Service web runs 2 tasks', met: true };
const unmet = { label: 'Targets are healthy', met: false };
const T1 = '2026-11-25T18:00:00.000Z';

describe('hints and the solution', () => {
  it('shows one more hint at a time, stopping at the last', () => {
    expect(nextHintCount(0, 3)).toBe(1);
    expect(nextHintCount(2, 3)).toBe(3);
    expect(nextHintCount(3, 3)).toBe(3);
    expect(nextHintCount(0, 0)).toBe(0);
  });

  it('opens the solution after a hint, or when the learner confirms', () => {
    expect(solutionGate(0, false)).toBe('confirm');
    expect(solutionGate(1, false)).toBe('open');
    expect(solutionGate(0, true)).toBe('open');
  });
});

describe('drillStatus', () => {
  it('is solved when every goal is met, whatever progress says', () => {
    expect(drillStatus([met, { ...unmet, met: true }], undefined)).toEqual({ kind: 'solved' });
    expect(drillStatus([met], T1)).toEqual({ kind: 'solved' });
  });

  it('remembers an earlier solve while the goals are not met now', () => {
    expect(drillStatus([met, unmet], T1)).toEqual({ kind: 'solved-before', solvedAt: T1 });
    expect(drillStatus([met, unmet], undefined)).toEqual({ kind: 'unsolved' });
  });

  it('never counts a drill with no goals as solved', () => {
    expect(drillStatus([], undefined)).toEqual({ kind: 'unsolved' });
  });
});

describe('shouldRecordSolve', () => {
  it('records once, when solved and progress has loaded', () => {
    expect(shouldRecordSolve([met], true, undefined)).toBe(true);
    expect(shouldRecordSolve([met], false, undefined)).toBe(false);
    expect(shouldRecordSolve([met], true, T1)).toBe(false);
    expect(shouldRecordSolve([met, unmet], true, undefined)).toBe(false);
  });
});

describe('goalSummary', () => {
  it('counts the goals met', () => {
    expect(goalSummary([met, unmet])).toBe('1 of 2 goals met');
    expect(goalSummary([met])).toBe('1 of 1 goal met');
  });
});

describe('inlineCodeParts', () => {
  it('splits backticked commands from the text around them', () => {
    expect(inlineCodeParts('Run `aws ecs describe-tasks` and read `stoppedReason`.')).toEqual([
      { text: 'Run ', code: false },
      { text: 'aws ecs describe-tasks', code: true },
      { text: ' and read ', code: false },
      { text: 'stoppedReason', code: true },
      { text: '.', code: false },
    ]);
  });

  it('keeps text without backticks whole, and an unclosed backtick as text', () => {
    expect(inlineCodeParts('No code here.')).toEqual([{ text: 'No code here.', code: false }]);
    expect(inlineCodeParts('Half `open')).toEqual([
      { text: 'Half ', code: false },
      { text: '`open', code: false },
    ]);
  });
});

describe('formatSolvedDate', () => {
  it('writes the UTC date in words, and survives a bad time', () => {
    expect(formatSolvedDate(T1)).toBe('25 November 2026');
    expect(formatSolvedDate('2026-11-25T23:30:00-05:00')).toBe('26 November 2026');
    expect(formatSolvedDate('not a time')).toBe('an earlier visit');
  });
});
