import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKeyFor, fileUrl } from './cache-key';
import { offlineManifest } from './manifest';

describe('the saved file that answers a request', () => {
  it('maps pages, with or without their trailing slash, to their index.html', () => {
    expect(cacheKeyFor('/')).toBe('/index.html');
    expect(cacheKeyFor('/lessons/ecs-deployments/')).toBe('/lessons/ecs-deployments/index.html');
    expect(cacheKeyFor('/lessons/ecs-deployments')).toBe('/lessons/ecs-deployments/index.html');
  });

  it('keeps files as they are, Next navigation payloads included', () => {
    expect(cacheKeyFor('/_next/static/chunks/0abc.js')).toBe('/_next/static/chunks/0abc.js');
    expect(cacheKeyFor('/lessons/x/__next._tree.txt')).toBe('/lessons/x/__next._tree.txt');
    expect(cacheKeyFor('/404.html')).toBe('/404.html');
  });

  it('serves a listed file at its URL path', () => {
    expect(fileUrl('lessons/x/index.html')).toBe('/lessons/x/index.html');
    expect(fileUrl('lessons\\x\\index.txt')).toBe('/lessons/x/index.txt');
  });
});

describe('the offline manifest of a build', () => {
  function build(files: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'dockyard-out-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), content);
    }
    return root;
  }

  it('lists every file but the worker itself and source maps, sorted', () => {
    const manifest = offlineManifest(
      build({
        'index.html': '<h1>Course</h1>',
        'sw.js': 'worker',
        'lessons/a/index.html': 'a',
        '_next/static/chunks/1.js': 'js',
        '_next/static/chunks/1.js.map': 'map',
      }),
    );
    expect(manifest.urls).toEqual(['/_next/static/chunks/1.js', '/index.html', '/lessons/a/index.html']);
    expect(manifest.bytes).toBe('<h1>Course</h1>'.length + 1 + 2);
  });

  it('has a new version when any file changes, and the same one when nothing does', () => {
    const files = { 'index.html': 'one', 'lessons/a/index.html': 'a' };
    const version = offlineManifest(build(files)).version;
    expect(offlineManifest(build(files)).version).toBe(version);
    expect(offlineManifest(build({ ...files, 'lessons/a/index.html': 'b' })).version).not.toBe(version);
    expect(offlineManifest(build({ ...files, 'sw.js': 'another worker' })).version).toBe(version);
  });
});
