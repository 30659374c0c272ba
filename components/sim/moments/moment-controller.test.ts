import { describe, expect, it } from 'vitest';
import type { Moment } from '../moment';
import { createSimStore } from '../sim-store';
import { vmSimulator } from '@/lib/sim/vm/simulator';
import { createMomentController } from './moment-controller';

const LAUNCH = 'docker run -d --name web-1 nginx';

function setup(moments: readonly Moment[]) {
  const store = createSimStore(vmSimulator, 'sandbox');
  const controller = createMomentController(store, moments);
  const detach = controller.attach();
  const now = () => store.getState().session.state.now;
  return { store, controller, detach, now };
}

describe('createMomentController', () => {
  it('asks from the start, before it is attached, when the first moment is already due', () => {
    const store = createSimStore(vmSimulator, 'sandbox');
    const controller = createMomentController(store, [{ id: 'now', prompt: 'Now?', answer: 'Yes.' }]);
    expect(controller.getFlow().phase.kind).toBe('asking');
    expect(
      createMomentController(store, [{ id: 'later', at: 5, prompt: 'Later?', answer: 'Yes.' }]).getFlow()
        .phase.kind,
    ).toBe('waiting');
  });

  it('asks at once for a moment without a time, then runs its lines and plays exactly playFor', () => {
    const { store, controller, now } = setup([
      { id: 'launch', prompt: 'How long until it runs?', run: [LAUNCH], playFor: 30, answer: 'Seconds.' },
    ]);
    expect(controller.getFlow().phase.kind).toBe('asking');
    controller.play();
    expect(store.getState().consoleEntries.at(-1)?.line).toBe(LAUNCH);
    expect(store.getState().playing).toBe(true);
    expect(controller.getFlow().phase).toEqual({ kind: 'playing', until: 30_000 });
    // A play-loop frame at high speed goes past the end: the controller brings it back.
    store.getState().advanceBy(12_000);
    expect(controller.getFlow().phase.kind).toBe('playing');
    store.getState().advanceBy(20_000);
    expect(now()).toBe(30_000);
    expect(store.getState().playing).toBe(false);
    expect(controller.getFlow().phase.kind).toBe('revealed');
  });

  it('waits for `at`, pauses there and goes back to it exactly when playback overshoots', () => {
    const { store, controller, now } = setup([{ id: 'later', at: 10, prompt: 'Now?', answer: 'Yes.' }]);
    expect(controller.getFlow().phase.kind).toBe('waiting');
    store.getState().setPlaying(true);
    store.getState().advanceBy(9_000);
    expect(controller.getFlow().phase.kind).toBe('waiting');
    store.getState().advanceBy(1_700);
    expect(now()).toBe(10_000);
    expect(store.getState().playing).toBe(false);
    expect(controller.getFlow().phase.kind).toBe('asking');
  });

  it('waits again when the learner steps back before the moment', () => {
    const { store, controller } = setup([{ id: 'later', at: 10, prompt: 'Now?', answer: 'Yes.' }]);
    store.getState().advanceBy(10_000);
    expect(controller.getFlow().phase.kind).toBe('asking');
    store.getState().seek(4_000);
    expect(controller.getFlow().phase.kind).toBe('waiting');
  });

  it('skips ahead to the exact end of the stretch', () => {
    const { store, controller, now } = setup([
      { id: 'a', prompt: 'What?', run: [LAUNCH], playFor: 120, answer: 'That.' },
    ]);
    controller.play();
    controller.skipAhead();
    expect(now()).toBe(120_000);
    expect(store.getState().playing).toBe(false);
    expect(controller.getFlow().phase.kind).toBe('revealed');
  });

  it('reveals at once when there is nothing to play, and moves on to the next moment', () => {
    const { controller } = setup([
      { id: 'a', prompt: 'Think first.', answer: 'Done.' },
      { id: 'b', prompt: 'And then?', answer: 'More.' },
    ]);
    controller.play();
    expect(controller.getFlow().phase.kind).toBe('revealed');
    controller.next();
    expect([...controller.getFlow().done]).toEqual(['a']);
    expect(controller.getFlow().phase.kind).toBe('asking');
    controller.play();
    controller.next();
    expect(controller.getFlow().done.size).toBe(2);
  });

  it('starts the moments over when the simulator is reset', () => {
    const { store, controller } = setup([
      { id: 'a', prompt: 'Think first.', answer: 'Done.' },
      { id: 'b', at: 60, prompt: 'Later?', answer: 'Later.' },
    ]);
    controller.play();
    controller.next();
    expect(controller.getFlow().phase.kind).toBe('waiting');
    store.getState().reset();
    expect(controller.getFlow().done.size).toBe(0);
    expect(controller.getFlow().phase.kind).toBe('asking');
  });

  it('ignores play, skip and next when they do not apply, and stops watching when detached', () => {
    const { store, controller, detach } = setup([{ id: 'later', at: 10, prompt: 'Now?', answer: 'Yes.' }]);
    controller.play();
    controller.skipAhead();
    controller.next();
    expect(controller.getFlow().phase.kind).toBe('waiting');
    expect(store.getState().consoleEntries).toHaveLength(0);
    detach();
    store.getState().advanceBy(20_000);
    expect(controller.getFlow().phase.kind).toBe('waiting');
  });
});
