'use client';

import type { Scenario } from '@/lib/present/scenario-schema';
import { Stage } from './stage/stage';

/**
 * /present/[id]/handout: every step on its own printed page, with what the room read, the speaker
 * notes, the question for the room and its answer, and the simulator as it stands once the step
 * has played.
 */
export function Handout({ scenario }: { scenario: Scenario }) {
  return (
    <div className="space-y-10">
      {scenario.steps.map((step, index) => (
        <section key={index} aria-labelledby={`handout-step-${index + 1}`} className="handout-step space-y-3">
          <h2 id={`handout-step-${index + 1}`} className="text-2xl font-bold">
            <span className="text-[var(--fg-soft)]">Step {index + 1}: </span>
            {step.title}
          </h2>
          <p className="text-lg">{step.narration}</p>
          {step.ask !== undefined && (
            <div className="rounded-xl border-2 border-[var(--border)] p-3">
              <p>
                <span className="font-semibold">Ask the room: </span>
                {step.ask.question}
              </p>
              <p className="mt-1">
                <span className="font-semibold">Answer: </span>
                {step.ask.answer}
              </p>
            </div>
          )}
          <p>
            <span className="font-semibold">Speaker notes: </span>
            {step.notes}
          </p>
          <Stage
            scenario={scenario}
            cursor={{ step: index + 1, revealed: true }}
            animate={false}
            live={null}
          />
        </section>
      ))}
    </div>
  );
}
