'use client';

import { useEffect, useRef, useState } from 'react';

export interface PresentKeyActions {
  readonly next: () => void;
  readonly back: () => void;
  readonly goTo: (typed: string) => void;
  readonly blank: () => void;
  readonly overview: () => void;
  readonly help: () => void;
  /** The audience's high-contrast switch; the presenter has none. */
  readonly contrast?: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function toggleFullScreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.();
}

/**
 * The talk's keys, on the whole window: → / space / Page Down next, ← / Page Up back, g then a
 * number then Enter to go to a step, b blank, f full screen, o overview, ? the key sheet, h high
 * contrast (audience). Returns the step number being typed after g, or null.
 */
export function usePresentKeys(actions: PresentKeyActions): string | null {
  const [typedStep, setTypedStep] = useState<string | null>(null);
  const latest = useRef({ actions, typedStep });
  useEffect(() => {
    latest.current = { actions, typedStep };
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || event.repeat || typingIn(event.target)) return;
      // An open dialog (all steps, the key sheet) has the keys; the talk behind it does not move.
      if (document.querySelector('dialog[open]') !== null) return;
      const { actions: act, typedStep: typing } = latest.current;
      if (typing !== null && event.key !== 'Tab') {
        if (/^\d$/.test(event.key)) setTypedStep((typing + event.key).slice(0, 3));
        else if (event.key === 'Enter') {
          act.goTo(typing);
          setTypedStep(null);
        } else if (event.key === 'Escape' || event.key === 'g') setTypedStep(null);
        else if (event.key === 'Backspace') setTypedStep(typing.slice(0, -1));
        event.preventDefault();
        return;
      }
      // Buttons and links keep their own Enter and space.
      const onControl =
        event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      const handled: Record<string, (() => void) | undefined> = {
        ArrowRight: act.next,
        PageDown: act.next,
        ' ': onControl ? undefined : act.next,
        ArrowLeft: act.back,
        PageUp: act.back,
        g: () => setTypedStep(''),
        b: act.blank,
        f: toggleFullScreen,
        o: act.overview,
        '?': act.help,
        h: act.contrast,
      };
      const action = handled[event.key];
      if (action === undefined) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return typedStep;
}

export const PRESENT_KEYS: readonly (readonly [string, string])[] = [
  ['→, space, Page Down', 'next: reveal the answer, then the next step'],
  ['←, Page Up', 'back one step'],
  ['g, a number, Enter', 'go to that step'],
  ['b', 'blank the audience screen, and back'],
  ['f', 'full screen'],
  ['o', 'overview of all steps'],
  ['h', 'high contrast (audience window)'],
  ['?', 'this list'],
];
