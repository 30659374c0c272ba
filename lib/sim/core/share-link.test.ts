import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { counterEngine } from './counter-engine';
import { crc32, decodeBase64Url, encodeBase64Url } from './base64url';
import { fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { counterCommandArbitrary, runCounterOps, sessionOpArbitrary } from './session-driver';
import { advance, createSession, dispatch } from './session';
import { decodeShareLink, encodeShareLink, encodeSharedSimulation } from './share-link';

const engines = [counterEngine];

function sampleSession() {
  let session = dispatch(createSession(counterEngine, 99), { type: 'Add', n: 2 }, 'add 2');
  session = dispatch(advance(session, 4000), { type: 'Schedule', inMs: 3000 });
  return advance(session, 10_000);
}

/** A hand-made link, so tests can craft payloads the encoder would never write. */
function craft(payload: unknown): string {
  const json = JSON.stringify(payload);
  return `#sim=v1.${encodeBase64Url(json)}.${crc32(json).toString(36)}`;
}

describe('encodeShareLink', () => {
  it('writes a versioned, URL-hash-safe string', () => {
    expect(encodeShareLink(sampleSession())).toMatch(/^#sim=v1\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
  });
});

describe('decodeShareLink', () => {
  it('round-trips a session: same seed, log, position and state', () => {
    const session = sampleSession();
    const decoded = decodeShareLink(encodeShareLink(session), engines);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.seed).toBe(99);
    expect(decoded.log).toEqual(session.log);
    expect(decoded.position).toEqual({ step: 2, now: 14_000 });
    expect(decoded.session.state).toEqual(session.state);
  });

  it('accepts the hash with or without its leading #, and an engine map', () => {
    const hash = encodeShareLink(sampleSession());
    expect(decodeShareLink(hash.slice(1), { counter: counterEngine }).ok).toBe(true);
  });

  it('says when the text is not a Dockyard link at all', () => {
    const decoded = decodeShareLink('#section-2', engines);
    expect(decoded).toMatchObject({ ok: false, code: 'not-a-share-link' });
  });

  it('says when the link uses a format version this site cannot read', () => {
    const decoded = decodeShareLink('#sim=v7.abc.def', engines);
    expect(decoded).toMatchObject({ ok: false, code: 'unsupported-format' });
    if (!decoded.ok) expect(decoded.reason).toContain('format v7');
  });

  it('says when the link is truncated or corrupted', () => {
    const hash = encodeShareLink(sampleSession());
    expect(decodeShareLink(hash.slice(0, -9), engines)).toMatchObject({ ok: false, code: 'corrupted' });
    expect(decodeShareLink(`${hash.slice(0, 20)}*${hash.slice(21)}`, engines)).toMatchObject({
      ok: false,
      code: 'corrupted',
    });
    expect(decodeShareLink(craft({ not: 'an array' }), engines)).toMatchObject({
      ok: false,
      code: 'corrupted',
    });
  });

  it('names a simulator this site does not have', () => {
    const decoded = decodeShareLink(craft(['ecs', 1, 1, [], 0, 0]), engines);
    expect(decoded).toMatchObject({ ok: false, code: 'unknown-simulator' });
    if (!decoded.ok) expect(decoded.reason).toContain('“ecs”');
  });

  it('gives both versions when the engine changed, and replays anyway when asked', () => {
    const link = craft(['counter', 1, 5, [[0, { type: 'Add', n: 1 }]], 1, 0]);
    const decoded = decodeShareLink(link, engines);
    expect(decoded).toMatchObject({ ok: false, code: 'engine-version', linkVersion: 1, siteVersion: 2 });
    if (!decoded.ok) {
      expect(decoded.reason).toBe(
        'This link was made with version 1 of the Counter simulator; this site runs version 2, so it could replay differently. Start fresh or open it anyway?',
      );
    }
    const anyway = decodeShareLink(link, engines, { allowVersionMismatch: true });
    expect(anyway).toMatchObject({ ok: true, versionMismatch: { linkVersion: 1, siteVersion: 2 } });
  });

  it('names the command that the engine cannot parse, with the engine’s message', () => {
    const decoded = decodeShareLink(
      craft([
        'counter',
        2,
        5,
        [
          [0, { type: 'Add', n: 1 }],
          [10, { type: 'Explode' }],
        ],
        2,
        10,
      ]),
      engines,
    );
    expect(decoded).toMatchObject({ ok: false, code: 'invalid-command' });
    if (!decoded.ok) expect(decoded.reason).toMatch(/^Command 2 in this link cannot be replayed: /);
  });

  it('rejects a step or time outside the link’s own history', () => {
    expect(decodeShareLink(craft(['counter', 2, 5, [[0, { type: 'Roll' }]], 3, 0]), engines)).toMatchObject({
      ok: false,
      code: 'out-of-range',
    });
    expect(
      decodeShareLink(craft(['counter', 2, 5, [[500, { type: 'Roll' }]], 1, 100]), engines),
    ).toMatchObject({ ok: false, code: 'out-of-range' });
    expect(
      decodeShareLink(craft(['counter', 2, 5, [[500, { type: 'Roll' }]], 0, 900]), engines),
    ).toMatchObject({ ok: false, code: 'out-of-range' });
  });
});

describe('share link properties', () => {
  const ops = fc.array(sessionOpArbitrary(counterCommandArbitrary), { maxLength: 15 });

  it(
    'encode then decode round-trips any session',
    () => {
      fc.assert(
        fc.property(fc.integer(), ops, (seed, list) => {
          const session = runCounterOps(seed, list);
          const decoded = decodeShareLink(encodeShareLink(session), engines);
          if (!decoded.ok) throw new Error(decoded.reason);
          expect(decoded.log).toEqual(session.log);
          expect(decoded.session.state).toEqual(session.state);
          expect(decoded.session.events).toEqual(session.events);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(2),
  );

  it(
    'never throws on arbitrary text and always explains a failure',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string().map((s) => `#sim=v1.${s}`),
            fc.string({ unit: 'binary' }),
          ),
          (text) => {
            const decoded = decodeShareLink(text, engines);
            if (!decoded.ok) expect(decoded.reason.length).toBeGreaterThan(20);
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(2),
  );

  it(
    'turns every truncated or mutated valid link into ok:false with a reason',
    () => {
      const mutation = fc.record({
        kind: fc.constantFrom('truncate', 'replace', 'delete', 'insert'),
        where: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        char: fc.constantFrom(...'AZaz09-_.=#%~ é'.split('')),
      });
      fc.assert(
        fc.property(fc.integer(), ops, mutation, (seed, list, m) => {
          const hash = encodeShareLink(runCounterOps(seed, list));
          const at = Math.floor(m.where * hash.length);
          const mutated =
            m.kind === 'truncate'
              ? hash.slice(0, at)
              : m.kind === 'delete'
                ? hash.slice(0, at) + hash.slice(at + 1)
                : m.kind === 'insert'
                  ? hash.slice(0, at) + m.char + hash.slice(at)
                  : hash.slice(0, at) + m.char + hash.slice(at + 1);
          // The leading # and surrounding spaces are optional, so dropping or adding them is no change.
          const normal = (text: string) => text.trim().replace(/^#/, '');
          fc.pre(normal(mutated) !== normal(hash));
          const decoded = decodeShareLink(mutated, engines);
          expect(decoded.ok).toBe(false);
          if (!decoded.ok) expect(decoded.reason.length).toBeGreaterThan(20);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(2),
  );

  it('encodeSharedSimulation stores times as deltas so long logs stay short', () => {
    const log = Array.from({ length: 3 }, (_, i) => ({ at: 1_000_000 + i, command: { type: 'Roll' } }));
    const hash = encodeSharedSimulation({
      engineId: 'counter',
      engineVersion: 2,
      seed: 1,
      log,
      position: { step: 3, now: 1_000_002 },
    });
    const json = decodeBase64Url(hash.split('.')[1] ?? '');
    expect(json).toBe(
      '["counter",2,1,[[1000000,{"type":"Roll"}],[1,{"type":"Roll"}],[1,{"type":"Roll"}]],3,1000002]',
    );
  });
});

describe('decodeShareLink format prefix', () => {
  it('refuses a format number written with a leading zero (found by the mutation property: #sim=v01.…)', () => {
    const hash = encodeShareLink(runCounterOps(1000011, []));
    expect(decodeShareLink(hash.replace('#sim=v1.', '#sim=v01.'), engines).ok).toBe(false);
    expect(decodeShareLink(hash, engines).ok).toBe(true);
  });
});
