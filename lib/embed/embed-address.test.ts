import { describe, expect, it } from 'vitest';
import {
  embedAddress,
  embedFrameTitle,
  embedSnippet,
  escapeHtmlAttribute,
  fullSimulatorAddress,
} from './embed-address';

/** The attributes of the one `<iframe>` a snippet holds, read the way an HTML parser would. */
function iframeAttributes(snippet: string): Record<string, string> {
  const match = /^<iframe ((?:[a-z-]+="[^"]*" ?)+)><\/iframe>$/.exec(snippet);
  expect(match, `one well-formed iframe: ${snippet}`).not.toBeNull();
  const attributes: Record<string, string> = {};
  for (const [, name, value] of match![1]!.matchAll(/([a-z-]+)="([^"]*)"/g)) attributes[name!] = value!;
  return attributes;
}

const unescape = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe('embedAddress', () => {
  it('is the embed route with the share-link hash, so a share link swaps /simulators/ for /embed/', () => {
    expect(embedAddress('https://dockyard.example', 'ecs', { hash: '#sim=v1.abc.1z' })).toBe(
      'https://dockyard.example/embed/ecs/#sim=v1.abc.1z',
    );
  });

  it('names a preset other than the default in the query, encoded', () => {
    expect(embedAddress('http://127.0.0.1:3000', 'vm', { preset: 'density', hash: '#sim=v1.x.y' })).toBe(
      'http://127.0.0.1:3000/embed/vm/?preset=density#sim=v1.x.y',
    );
    expect(embedAddress('https://a.example', 'vm', { preset: 'a&b=c' })).toBe(
      'https://a.example/embed/vm/?preset=a%26b%3Dc',
    );
  });
});

describe('fullSimulatorAddress', () => {
  it('opens the full simulator at the same hash', () => {
    expect(fullSimulatorAddress('eks', '#sim=v1.a.b')).toBe('/simulators/eks/#sim=v1.a.b');
  });

  it('opens the side-by-side page, which keeps no state in its address', () => {
    expect(fullSimulatorAddress('compare', '#anything')).toBe('/simulators/compare/');
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes the five characters that can end an attribute or start a tag', () => {
    expect(escapeHtmlAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });

  it('escapes an ampersand before anything else, so entities are not escaped twice', () => {
    expect(escapeHtmlAttribute('&lt;')).toBe('&amp;lt;');
  });
});

describe('embedSnippet', () => {
  it('is a lazy, borderless, full-width iframe with a title and clipboard access', () => {
    const snippet = embedSnippet({
      src: 'https://dockyard.example/embed/ecs/?preset=web-service#sim=v1.abc.1z',
      title: embedFrameTitle('Amazon ECS'),
    });
    expect(snippet).toBe(
      '<iframe src="https://dockyard.example/embed/ecs/?preset=web-service#sim=v1.abc.1z" title="Dockyard: Amazon ECS simulator" width="100%" height="640" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });

  it('keeps a crafted hash inside the src attribute: no tag, no new attribute', () => {
    const payload = `#sim="><script>alert(1)</script><img src=x onerror='alert(2)' a="`;
    const src = embedAddress('https://dockyard.example', 'vm', { hash: payload });
    const snippet = embedSnippet({ src, title: 'Dockyard: "quoted" <b>title</b>' });
    expect(snippet).not.toMatch(/<script|<img|<b>/);
    const attributes = iframeAttributes(snippet);
    expect(Object.keys(attributes)).toEqual(['src', 'title', 'width', 'height', 'style', 'loading', 'allow']);
    expect(unescape(attributes.src!)).toBe(src);
    expect(unescape(attributes.title!)).toBe('Dockyard: "quoted" <b>title</b>');
  });

  it('writes & in a query as &amp;, which a browser reads back as &', () => {
    const attributes = iframeAttributes(
      embedSnippet({ src: 'https://a.example/embed/vm/?a=1&b=2', title: 't' }),
    );
    expect(attributes.src).toBe('https://a.example/embed/vm/?a=1&amp;b=2');
  });

  it('takes another height, rounded to whole pixels', () => {
    expect(iframeAttributes(embedSnippet({ src: 's', title: 't', height: 480.4 })).height).toBe('480');
  });
});
