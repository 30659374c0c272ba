import { arriveAt, type Cursor } from './navigation';
import type { Scenario } from './scenario-schema';

/** Which window of a talk an address opens. */
export type TalkWindow = 'audience' | 'presenter';

/** Where a talk's window lives: a course scenario's page per step, or a file's scenario on /present/custom. */
export interface TalkPlace {
  readonly id: string;
  readonly window: TalkWindow;
  /** Opened from a file: the step lives in the hash (`#7`), there being no page per step. */
  readonly custom: boolean;
}

const ANSWER = 'answer';

/**
 * The address of a window at a cursor. A step that asked the room and has been revealed says so
 * (`/present/ID/7/#answer`, `/present/custom/#7/answer`), so a reload shows the step played, not
 * the question again.
 */
export function talkAddress(place: TalkPlace, cursor: Cursor, scenario: Pick<Scenario, 'steps'>): string {
  const answered = cursor.revealed && scenario.steps[cursor.step - 1]?.ask !== undefined;
  const presenter = place.window === 'presenter' ? 'presenter/' : '';
  if (place.custom) return `/present/custom/${presenter}#${cursor.step}${answered ? `/${ANSWER}` : ''}`;
  return `/present/${place.id}/${presenter}${cursor.step}/${answered ? `#${ANSWER}` : ''}`;
}

/**
 * The cursor an address opens at: the page's step (or, for a file's scenario, the hash's), on its
 * question unless the hash says the answer was revealed. Anything unreadable opens at the start.
 */
export function cursorFromAddress(
  scenario: Pick<Scenario, 'steps'>,
  place: Pick<TalkPlace, 'custom'>,
  pageStep: number,
  hash: string,
): Cursor {
  let step = pageStep;
  let revealed = hash === `#${ANSWER}`;
  if (place.custom) {
    const match = /^#(\d{1,3})(\/answer)?$/.exec(hash);
    step = match === null ? 1 : Number(match[1]);
    revealed = match?.[2] !== undefined;
  }
  const arrived = arriveAt(scenario, Math.max(1, step));
  return revealed && arrived.step === step ? { step, revealed: true } : arrived;
}
