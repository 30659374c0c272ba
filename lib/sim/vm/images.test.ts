import { describe, expect, it } from 'vitest';
import { catalogImage, imageDigest, imageId, parseImageReference, registryError } from './images';

describe('parseImageReference', () => {
  it('normalises official images to name:tag, defaulting the tag to latest', () => {
    expect(parseImageReference('nginx')).toMatchObject({ ok: true, ref: 'nginx:latest', explicitTag: false });
    expect(parseImageReference('nginx:alpine')).toMatchObject({
      ok: true,
      ref: 'nginx:alpine',
      explicitTag: true,
    });
    expect(parseImageReference('docker.io/library/nginx:latest')).toMatchObject({
      ok: true,
      ref: 'nginx:latest',
    });
    expect(parseImageReference('bitnami/nginx')).toMatchObject({ ok: true, repository: 'bitnami/nginx' });
  });

  it('rejects uppercase and malformed references with docker’s message', () => {
    expect(parseImageReference('Nginx')).toEqual({
      ok: false,
      error: 'invalid reference format: repository name (library/Nginx) must be lowercase',
    });
    expect(parseImageReference('nginx:')).toEqual({ ok: false, error: 'invalid reference format' });
    expect(parseImageReference('')).toEqual({ ok: false, error: 'invalid reference format' });
  });
});

describe('registryError', () => {
  it('is null for catalog images and explains the rest like Docker Hub', () => {
    const known = parseImageReference('node:20-alpine');
    if (!known.ok) throw new Error(known.error);
    expect(registryError(known)).toBeNull();
    const unknown = parseImageReference('bitnami/nginx');
    if (!unknown.ok) throw new Error(unknown.error);
    expect(registryError(unknown)).toMatch(
      /^pull access denied for bitnami\/nginx, repository does not exist/,
    );
  });
});

describe('catalog figures', () => {
  it('uses the reference sizes: alpine is a few MB, nginx about 190 MB unpacked', () => {
    expect(catalogImage('alpine:latest')?.compressedMB).toBeLessThan(5);
    expect(catalogImage('nginx:latest')?.sizeMB).toBeGreaterThan(180);
    expect(catalogImage('nginx:latest')?.sizeMB).toBeLessThan(200);
  });

  it('derives stable digests and image ids', () => {
    expect(imageDigest('nginx:latest')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(imageId('nginx:latest')).toBe(imageId('nginx:latest'));
    expect(imageId('nginx:latest')).not.toBe(imageId('nginx:alpine'));
  });
});
