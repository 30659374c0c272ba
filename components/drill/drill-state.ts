import { isSolved, type GoalCheck } from '@/lib/drills/types';

/** How many hints are showing after "Show a hint": one more, never past the last. */
export function nextHintCount(shown: number, total: number): number {
  return Math.min(total, Math.max(0, shown) + 1);
}

/**
 * The worked solution gives the whole fix away, so it opens straight away only after a hint (the
 * learner has tried); otherwise the learner confirms first.
 */
export function solutionGate(hintsShown: number, confirmed: boolean): 'open' | 'confirm' {
  return hintsShown > 0 || confirmed ? 'open' : 'confirm';
}

export type DrillStatus =
  | { readonly kind: 'solved' }
  | { readonly kind: 'solved-before'; readonly solvedAt: string }
  | { readonly kind: 'unsolved' };

/** Solved now (every goal met), solved on an earlier visit (progress says so), or not yet. */
export function drillStatus(checks: readonly GoalCheck[], solvedAt: string | undefined): DrillStatus {
  if (isSolved(checks)) return { kind: 'solved' };
  return solvedAt === undefined ? { kind: 'unsolved' } : { kind: 'solved-before', solvedAt };
}

/** Record a solve once: when every goal is met, progress has loaded, and it holds no solve yet. */
export function shouldRecordSolve(
  checks: readonly GoalCheck[],
  progressLoaded: boolean,
  solvedAt: string | undefined,
): boolean {
  return progressLoaded && solvedAt === undefined && isSolved(checks);
}

/** "2 of 3 goals met", for the checklist's summary and screen readers. */
export function goalSummary(checks: readonly GoalCheck[]): string {
  const met = checks.filter((check) => check.met).length;
  return `${met} of ${checks.length} ${checks.length === 1 ? 'goal' : 'goals'} met`;
}

export interface TextPart {
  readonly text: string;
  readonly code: boolean;
}

/** Drill texts mark commands and names with backticks: `aws ecs describe-services`. */
export function inlineCodeParts(text: string): TextPart[] {
  const pieces = text.split('`');
  // An odd backtick count leaves the last piece unclosed: show it as text, backtick included.
  const unclosed = pieces.length % 2 === 0;
  const parts: TextPart[] = [];
  pieces.forEach((piece, index) => {
    const last = index === pieces.length - 1;
    if (unclosed && last) parts.push({ text: `\`${piece}`, code: false });
    else if (piece !== '') parts.push({ text: piece, code: index % 2 === 1 });
  });
  return parts;
}

/** A solve time for people: "25 November 2026" (UTC, so the static render and the browser agree). */
export function formatSolvedDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an earlier visit';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
