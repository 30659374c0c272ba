'use client';

import { useEffect, useRef } from 'react';
import type { Scenario } from '@/lib/present/scenario-schema';
import { clockText, pacing } from '@/lib/present/pacing';
import { backward, forward } from '@/lib/present/navigation';
import { plannedMinutes } from '@/lib/present/scenario-schema';
import { talkAddress } from '@/lib/present/address';
import { usePresentChannel } from './use-present-channel';
import { channelKey, stateMessage, useTalk, type Talk } from './use-talk';
import { useElapsed } from './use-elapsed';
import { useTalkControls } from './present-dialogs';
import { PaceBadge } from './pace-badge';
import { Stage } from './stage/stage';

const BUTTON =
  'min-h-11 rounded-lg border-2 border-[var(--border)] px-3 py-1.5 font-semibold hover:border-accent-500';
const PRIMARY = 'min-h-11 rounded-lg bg-accent-700 px-4 py-1.5 font-semibold text-white hover:bg-accent-800';

/**
 * /present/[id]/presenter/[step]: the instructor's window. Notes for this step, the next one, the
 * time against the plan, the simulator with a console to leave the script, and the audience window
 * one click away; that window follows this one.
 */
export function PresenterView({
  scenario,
  firstStep = 1,
  custom = false,
}: {
  scenario: Scenario;
  /** The page's step; a scenario opened from a file has its step in the hash instead. */
  firstStep?: number;
  /** Opened from a file (/present/custom/presenter): there is no handout page. */
  custom?: boolean;
}) {
  const { clock, restart } = useElapsed(scenario.id);
  // A late audience window says hello; it gets the talk as it is now.
  const current = useRef<Talk | null>(null);
  const channel = channelKey(scenario.id, custom);
  const send = usePresentChannel(channel, (message, reply) => {
    // A late window takes the talk as it is, without replaying the step already played.
    if (message.kind === 'hello' && current.current !== null)
      reply(stateMessage(channel, { ...current.current, animate: false }));
  });
  const { talk, next, back, goTo, toggleBlank, goLive, backToScript } = useTalk(
    scenario,
    { id: scenario.id, window: 'presenter', custom },
    firstStep,
    (changed) => send(stateMessage(channel, changed)),
  );
  useEffect(() => {
    current.current = talk;
  });
  // A reloaded presenter window tells open audience windows where the talk is now.
  useEffect(() => {
    if (current.current !== null) send(stateMessage(channel, { ...current.current, animate: false }));
  }, [send, channel]);
  const { dialogs, openOverview, openHelp } = useTalkControls(scenario, talk.cursor.step, {
    next,
    back,
    goTo,
    blank: toggleBlank,
  });

  const step = scenario.steps[talk.cursor.step - 1];
  const upcoming = forward(scenario, talk.cursor);
  const nextStep = upcoming === null ? undefined : scenario.steps[upcoming.step - 1];
  const elapsed = clock === null ? 0 : clock.now - clock.started;
  const pace = pacing(scenario, talk.cursor.step, elapsed);
  const revealing = !talk.cursor.revealed;

  function openAudience() {
    window.open(
      talkAddress({ id: scenario.id, window: 'audience', custom }, talk.cursor, scenario),
      `dockyard-audience-${scenario.id}`,
    );
  }

  return (
    <div className="mx-auto max-w-[110rem] space-y-5 px-4 py-6 sm:px-6">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-xl bg-[var(--bg-soft)] px-4 py-3 text-lg">
        <span className="font-semibold">
          Step {talk.cursor.step} of {scenario.steps.length}
        </span>
        <span>
          Elapsed <span className="font-mono">{clockText(elapsed)}</span>
          <span className="text-[var(--fg-soft)]"> · planned {plannedMinutes(scenario)} min</span>
        </span>
        <PaceBadge pace={pace.pace} differenceMs={pace.differenceMs} />
        <span className="font-mono">
          {clock === null
            ? ''
            : new Date(clock.now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
        </span>
        <button type="button" onClick={restart} className="text-sm underline">
          Restart timer
        </button>
        {talk.blank && (
          <span className="font-semibold text-amber-700 dark:text-amber-300">Audience screen blank (b)</span>
        )}
        {talk.live !== null && (
          <span className="font-semibold text-amber-700 dark:text-amber-300">Off script</span>
        )}
      </header>

      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={back}
          className={`${BUTTON} aria-disabled:opacity-50`}
          aria-disabled={backward(talk.cursor) === null}
        >
          ← Back
        </button>
        {/* aria-disabled, not disabled: the focus stays on the button at the last step. */}
        <button
          type="button"
          onClick={next}
          className={`${PRIMARY} aria-disabled:opacity-50`}
          aria-disabled={upcoming === null}
        >
          {revealing ? 'Reveal and play →' : 'Next →'}
        </button>
        {talk.live !== null && (
          <button type="button" onClick={backToScript} className={BUTTON}>
            Back to script
          </button>
        )}
        <button type="button" onClick={toggleBlank} className={BUTTON} aria-pressed={talk.blank}>
          Blank screen
        </button>
        <button type="button" onClick={openOverview} className={BUTTON}>
          All steps
        </button>
        <button type="button" onClick={openHelp} className={BUTTON}>
          Keys
        </button>
        <button type="button" onClick={openAudience} className={BUTTON}>
          Open the audience window
        </button>
        {!custom && (
          <a href={`/present/${scenario.id}/handout/`} className={`${BUTTON} inline-flex items-center`}>
            Handout
          </a>
        )}
      </div>
      <p className="text-sm text-[var(--fg-soft)]">
        The audience window follows this one through the browser (BroadcastChannel): open it from here, in the
        same browser, and drag it to the projector. A window in another browser or on another computer does
        not follow.
      </p>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="now-title" className="space-y-4">
          <h1 id="now-title" className="text-2xl font-bold">
            <span className="text-[var(--fg-soft)]">Now: </span>
            {step?.title}
          </h1>
          {step?.ask !== undefined && (
            <div className="border-accent-600 dark:border-accent-400 rounded-xl border-2 p-4">
              <p className="font-semibold">Ask the room{revealing ? '' : ' (revealed)'}</p>
              <p className="mt-1 text-lg">{step.ask.question}</p>
              <p className="mt-2 text-[var(--fg-soft)]">
                <span className="font-semibold">Answer: </span>
                {step.ask.answer}
              </p>
            </div>
          )}
          <div>
            <h2 className="font-semibold">Speaker notes</h2>
            <p className="mt-1 text-xl leading-relaxed">{step?.notes}</p>
          </div>
          <div>
            <h2 className="font-semibold">The room reads</h2>
            <p className="mt-1 text-[var(--fg-soft)]">{step?.narration}</p>
          </div>
          <div className="rounded-xl bg-[var(--bg-soft)] p-4">
            <h2 className="font-semibold">Next</h2>
            {upcoming === null || nextStep === undefined ? (
              <p className="mt-1 text-[var(--fg-soft)]">The end of the scenario.</p>
            ) : upcoming.step === talk.cursor.step ? (
              <p className="mt-1">Reveal the answer and play this step.</p>
            ) : (
              <p className="mt-1">
                <span className="font-medium">
                  Step {upcoming.step}: {nextStep.title}
                </span>
                {nextStep.ask !== undefined && (
                  <span className="text-[var(--fg-soft)]"> (asks the room first)</span>
                )}
              </p>
            )}
          </div>
        </section>
        <section aria-labelledby="presenter-stage" className="min-w-0">
          <h2 id="presenter-stage" className="sr-only">
            The simulator
          </h2>
          <Stage
            scenario={scenario}
            cursor={talk.cursor}
            animate={talk.animate}
            live={talk.live}
            presenter={{ onLive: goLive }}
          />
        </section>
      </div>
      {dialogs}
    </div>
  );
}
