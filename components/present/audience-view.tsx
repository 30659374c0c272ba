'use client';

import { useEffect, useState } from 'react';
import type { Scenario } from '@/lib/present/scenario-schema';
import { usePresentChannel } from './use-present-channel';
import { channelKey, talkFrom, useTalk } from './use-talk';
import { useTalkControls } from './present-dialogs';
import { Stage } from './stage/stage';

/**
 * /present/[id]/[step]: what the room sees, full window, large type. It follows the presenter's
 * window when there is one, and can be stepped through on its own with the same keys.
 */
export function AudienceView({
  scenario,
  firstStep = 1,
  custom = false,
}: {
  scenario: Scenario;
  /** The page's step; a scenario opened from a file has its step in the hash instead. */
  firstStep?: number;
  /** Opened from a file (/present/custom). */
  custom?: boolean;
}) {
  const { talk, follow, next, back, goTo, toggleBlank } = useTalk(
    scenario,
    { id: scenario.id, window: 'audience', custom },
    firstStep,
    () => {},
  );
  const [contrast, setContrast] = useState(false);
  const send = usePresentChannel(channelKey(scenario.id, custom), (message) => {
    if (message.kind === 'state') follow(talkFrom(message, scenario));
  });
  // Ask the presenter's window, if one is open, where the talk is.
  useEffect(
    () => send({ kind: 'hello', scenario: channelKey(scenario.id, custom) }),
    [send, scenario.id, custom],
  );
  const { dialogs } = useTalkControls(scenario, talk.cursor.step, {
    next,
    back,
    goTo,
    blank: toggleBlank,
    contrast: () => setContrast((on) => !on),
  });

  const step = scenario.steps[talk.cursor.step - 1];
  return (
    <div
      data-contrast={contrast ? 'high' : undefined}
      className="fixed inset-0 z-40 overflow-auto bg-[var(--bg)] text-[var(--fg)]"
    >
      {talk.blank ? (
        <div className="flex h-full items-center justify-center bg-black">
          <p className="text-2xl text-neutral-400">Paused</p>
        </div>
      ) : (
        <div className="mx-auto max-w-[110rem] space-y-6 px-4 py-6 sm:px-8">
          <header className="flex flex-wrap items-baseline justify-between gap-3">
            <p className="text-lg text-[var(--fg-soft)]">{scenario.title}</p>
            <p className="text-lg font-semibold">
              Step {talk.cursor.step} of {scenario.steps.length}
            </p>
          </header>
          {/* On a wide screen (a projector) the words sit beside the picture, so the room sees both without scrolling. */}
          <div className="space-y-6 min-[75rem]:grid min-[75rem]:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] min-[75rem]:items-start min-[75rem]:gap-10 min-[75rem]:space-y-0">
            <div className="space-y-6 min-[75rem]:sticky min-[75rem]:top-6">
              <h1 className="text-3xl font-bold tracking-tight sm:text-5xl min-[75rem]:text-4xl">
                {step?.title}
              </h1>
              {step?.ask !== undefined && !talk.cursor.revealed ? (
                <section
                  aria-label="Question for the room"
                  className="border-accent-600 dark:border-accent-400 rounded-2xl border-4 p-5"
                >
                  <p className="text-lg font-semibold tracking-wide uppercase">Predict</p>
                  <p className="mt-2 text-2xl leading-snug sm:text-4xl min-[75rem]:text-3xl">
                    {step.ask.question}
                  </p>
                </section>
              ) : (
                <>
                  <p className="max-w-[60ch] text-2xl leading-snug sm:text-4xl min-[75rem]:text-3xl">
                    {step?.narration}
                  </p>
                  {step?.ask !== undefined && (
                    <section
                      aria-label="The answer"
                      className="rounded-2xl bg-[var(--bg-soft)] p-5 text-xl sm:text-2xl"
                    >
                      <span className="font-semibold">Answer: </span>
                      {step.ask.answer}
                    </section>
                  )}
                </>
              )}
            </div>
            <section aria-labelledby="audience-stage" className="min-w-0 text-lg">
              <h2 id="audience-stage" className="sr-only">
                The simulator
              </h2>
              <Stage scenario={scenario} cursor={talk.cursor} animate={talk.animate} live={talk.live} />
            </section>
          </div>
        </div>
      )}
      {/* One region, always there, says what changed: screen readers miss regions that appear with their text. */}
      <p className="sr-only" role="status">
        {talk.blank
          ? 'Screen blanked.'
          : `Step ${talk.cursor.step} of ${scenario.steps.length}: ${step?.title ?? ''}. ${step?.ask !== undefined && !talk.cursor.revealed ? `Question: ${step.ask.question}` : (step?.narration ?? '')}`}
      </p>
      {dialogs}
    </div>
  );
}
