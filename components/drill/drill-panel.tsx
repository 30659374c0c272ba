'use client';

import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { isSolved, type Drill } from '@/lib/drills/types';
import { drillSolvedAt } from '@/lib/progress/selectors';
import { updateProgress } from '@/components/progress/progress-store';
import { rateDrill } from '@/components/progress/record-review';
import { useProgress } from '@/components/progress/use-progress';
import { useSim } from '@/components/sim/sim-context';
import { drillStatus, nextHintCount, shouldRecordSolve } from './drill-state';
import { DrillHints } from './drill-hints';
import { DrillText } from './drill-text';
import { GoalChecklist } from './goal-checklist';
import { SolvedBanner } from './solved-banner';
import { WorkedSolution } from './worked-solution';

/**
 * A failure drill above its simulator (the frame's banner): the symptom, the goal checked live
 * against the simulation's state, hints, a worked solution, and "Solved" once every goal is met.
 */
export function DrillPanel({ drill }: { drill: Drill }) {
  const headingId = useId();
  const goalId = useId();
  const state = useSim((store) => store.session.state);
  // The play loop makes a new state every frame it advances; the check runs once per state.
  const checks = useMemo(() => drill.check(state), [drill, state]);
  const snapshot = useProgress();
  const solvedAt = snapshot ? drillSolvedAt(snapshot.progress, drill.id) : undefined;
  const [hintsShown, setHintsShown] = useState(0);
  const status = drillStatus(checks, solvedAt);

  const record = shouldRecordSolve(checks, snapshot !== null, solvedAt);
  useEffect(() => {
    if (!record) return;
    updateProgress((progressLibrary, progress) =>
      progressLibrary.markDrillSolved(progress, drill.id, new Date().toISOString()),
    );
  }, [record, drill.id]);

  // Review (lib/quiz/review's drillOutcome): solving without the worked solution moves a due card
  // on; opening the solution before solving is a miss; opening it after solving is neither.
  const [revealed, setRevealed] = useState(false);
  const solvedHere = isSolved(checks);
  useEffect(() => {
    if (!solvedHere) return;
    rateDrill(drill.id, 'solved', { solved: true, solutionShown: revealed });
    // Once per solve in this visit; `revealed` changing later does not re-rate it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [solvedHere, drill.id]);
  const onSolutionShown = useCallback(() => {
    setRevealed(true);
    rateDrill(drill.id, 'solution-shown', { solved: solvedHere, solutionShown: true });
  }, [drill.id, solvedHere]);

  const showHint = () => setHintsShown((shown) => nextHintCount(shown, drill.hints.length));

  return (
    <section
      id={`drill-${drill.id.split('/')[1]}`}
      aria-labelledby={headingId}
      className="border-accent-600 dark:border-accent-400 rounded-xl border border-l-4 bg-[var(--bg)] p-4 sm:p-5"
    >
      <p className="text-sm font-semibold tracking-wide text-[var(--fg-soft)] uppercase">Failure drill</p>
      <h3 id={headingId} className="mt-1 text-xl font-semibold">
        {drill.title}
      </h3>
      <div className="mt-3">
        <SolvedBanner status={status} saved={solvedAt !== undefined} />
      </div>
      <div className="mt-3 grid gap-5 lg:grid-cols-2">
        <div className="space-y-4">
          <p>
            <DrillText text={drill.situation} />
          </p>
          <GoalChecklist goal={drill.goal} checks={checks} headingId={goalId} />
        </div>
        <div className="space-y-4">
          <DrillHints hints={drill.hints} shown={hintsShown} onShowMore={showHint} />
          <WorkedSolution
            steps={drill.solution}
            hintsShown={hintsShown}
            moreHints={hintsShown < drill.hints.length}
            onWantHint={showHint}
            onOpen={onSolutionShown}
          />
        </div>
      </div>
    </section>
  );
}
