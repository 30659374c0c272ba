import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { vmSimulator } from '@/lib/sim/vm/simulator';
import type { Moment } from '../moment';
import { SimProvider } from '../sim-context';
import { PredictMoments } from '../predict-moments';

// The child goes in as createElement's third argument; the props type still lists `children`.
type ProviderProps = ComponentProps<typeof SimProvider>;

function render(moments: readonly Moment[]): string {
  return renderToStaticMarkup(
    createElement(
      SimProvider,
      { entry: vmSimulator, presetId: 'sandbox' } as ProviderProps,
      createElement(PredictMoments, { moments }),
    ),
  );
}

describe('PredictMoments (first render)', () => {
  it('asks a moment without a time at once, in a labelled group with a labelled field', () => {
    const html = render([
      {
        id: 'a',
        prompt: 'How long until nginx answers?',
        run: ['docker run -d nginx'],
        playFor: 30,
        answer: 'Seconds.',
      },
      { id: 'b', prompt: 'Second?', answer: 'Yes.' },
    ]);
    expect(html).toMatch(/<section role="group" aria-labelledby="([^"]+)"[^>]*>.*<h3 id="\1"/);
    expect(html).toContain('Predict · 1 of 2');
    expect(html).toContain('How long until nginx answers?');
    expect(html).toMatch(
      /<label for="([^"]+)"[^>]*>Your prediction \(optional, only for you\)<\/label><input id="\1"/,
    );
    expect(html).toContain('docker run -d nginx');
    expect(html).toContain('plays 30 seconds');
    expect(html).toContain('Play and see');
    expect(html).not.toContain('Seconds.');
  });

  it('says when it will pause for a later moment, and offers "Show what happens" when nothing plays', () => {
    expect(render([{ id: 'a', at: 90, prompt: 'Later?', answer: 'Yes.' }])).toContain('pauses at 01:30');
    expect(render([{ id: 'a', prompt: 'Think?', answer: 'Yes.' }])).toContain('Show what happens');
  });

  it('names duplicate ids instead of running moments it cannot tell apart', () => {
    const html = render([
      { id: 'same', prompt: 'One?', answer: 'One.' },
      { id: 'same', prompt: 'Two?', answer: 'Two.' },
    ]);
    expect(html).toContain('role="alert"');
    expect(html).toContain('same');
  });

  it('renders nothing without moments', () => {
    expect(render([])).toBe('');
  });
});
