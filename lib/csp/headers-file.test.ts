import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHeadersFile, headersFor, hostHeaderRules, parseHeadersFile } from './headers-file';

const ENTRIES = ['404', '404.html', '_next', 'embed', 'glossary', 'index.html', 'lessons', 'present', 'sw.js'];

describe('hostHeaderRules', () => {
  const rules = hostHeaderRules(ENTRIES);

  it('lets any site frame an embed, and only the course itself frame every other page', () => {
    expect(headersFor(rules, '/embed/ecs/')['Content-Security-Policy']).toBe('frame-ancestors *');
    for (const path of ['/', '/index.html', '/lessons/what-is-a-container/', '/glossary/', '/404.html', '/present/x/1/']) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe("frame-ancestors 'self'");
    }
  });

  it('caches hashed assets for a year and never the service worker', () => {
    expect(headersFor(rules, '/_next/static/chunks/a1b2.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/lessons/x/')['Cache-Control']).toBeUndefined();
  });

  it('gives every path at most one policy, since hosts join a header two rules set', () => {
    const segment = fc.constantFrom('', 'embed', 'lessons', 'x', 'index.html', '_next', 'static');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (parts) => {
        const policy = headersFor(rules, `/${parts.join('/')}`)['Content-Security-Policy'];
        expect(policy === undefined || !policy.includes(',')).toBe(true);
      }),
    );
  });

  it('without an embed route, names no embed rule', () => {
    expect(hostHeaderRules(['lessons']).some(({ path }) => path.startsWith('/embed'))).toBe(false);
  });
});

describe('the _headers file', () => {
  it('reads back what it writes', () => {
    const rules = hostHeaderRules(ENTRIES);
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });

  it('says which line is wrong', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/X-A: b/);
    expect(() => parseHeadersFile('/\n  no colon here')).toThrow(/no colon here/);
  });
});
