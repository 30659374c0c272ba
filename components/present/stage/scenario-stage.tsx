'use client';

import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { SimulatorEntry } from '@/lib/sim/simulator-entry';
import type { Scenario } from '@/lib/present/scenario-schema';
import { playedSteps, type Cursor } from '@/lib/present/navigation';
import { scriptedTimeline } from '@/lib/present/timeline';
import { encodeShareLink } from '@/lib/sim/core/share-link';
import { SimProvider, useSim, useSimStore } from '@/components/sim/sim-context';
import { SimConsole } from '@/components/sim/sim-console';
import { EventLog } from '@/components/sim/event-log';
import { Playback, playLive, type StageTarget } from './playback';
import { PrintedLines } from './printed-lines';

export interface StageProps {
  readonly scenario: Scenario;
  readonly cursor: Cursor;
  /** Play the step's seconds for the room rather than jump to its end. */
  readonly animate: boolean;
  /** The presenter's live simulation (a share-link hash) while off script, else null. */
  readonly live: string | null;
  /** The presenter's stage: a console to leave the script with, and the event log. */
  readonly presenter?: {
    readonly onLive: (hash: string) => void;
  };
}

/**
 * Each line the presenter types or clicks takes the talk off script: the session goes to the audience
 * as a share-link hash, and time runs live from there. Scripted changes are not reported.
 */
function LiveReporter({ onLive }: { onLive: (hash: string) => void }) {
  const store = useSimStore();
  // The console keeps its last 200 entries, so the newest entry's id, not their count, says a line was typed.
  const typed = useSim((state) => state.consoleEntries.at(-1)?.id ?? 0);
  const previous = useRef(typed);
  useEffect(() => {
    if (typed > previous.current) {
      onLive(encodeShareLink(store.getState().session));
      playLive(store.getState());
    }
    previous.current = typed;
  }, [typed, store, onLive]);
  return null;
}

/**
 * The simulator as a talk shows it: the scripted state of the current step (played for the room on
 * "next"), or the presenter's live session while off script, with what the step's lines printed.
 */
export function ScenarioStage({
  entry,
  picture,
  scenario,
  cursor,
  animate,
  live,
  presenter,
  actions,
}: StageProps & {
  entry: SimulatorEntry;
  picture: ReactNode;
  /** The simulator's quick actions, offered to the presenter: a click leaves the script like a typed line. */
  actions: ReactNode;
}) {
  const timeline = useMemo(() => scriptedTimeline(entry, scenario), [entry, scenario]);
  const played = playedSteps(cursor);
  const target: StageTarget = useMemo(() => {
    if (played === 0) return { key: 'start', base: timeline.after(0), playMs: 0 };
    const staged = timeline.staged(played);
    return { key: `step-${played}`, base: staged.base, playMs: staged.playMs };
  }, [timeline, played]);
  const printed = played === 0 ? [] : timeline.staged(played).printed;
  const showPrinted = cursor.revealed && live === null && printed.length > 0;

  return (
    <SimProvider entry={entry} presetId={scenario.preset} session={target.base}>
      <Playback
        target={target}
        animate={animate}
        live={live}
        ownLive={presenter !== undefined && live !== null}
      />
      <div className="space-y-4">
        {presenter && actions}
        {picture}
        {showPrinted && <PrintedLines printed={printed} full={presenter !== undefined} step={played} />}
        {presenter && (
          <div className="grid gap-4 lg:grid-cols-2">
            <SimConsole />
            <EventLog />
            <LiveReporter onLive={presenter.onLive} />
          </div>
        )}
      </div>
    </SimProvider>
  );
}
