import { describe, expect, it } from 'vitest';
import { siteUrl } from './site-url';

describe('siteUrl', () => {
  it('is the local server when SITE_URL is not given', () => {
    expect(siteUrl(undefined).href).toBe('http://localhost:3000/');
    expect(siteUrl(' ').href).toBe('http://localhost:3000/');
  });

  it('is the root of the host, where every page resolves', () => {
    expect(siteUrl('https://example.org').href).toBe('https://example.org/');
    expect(new URL('lessons/x/', siteUrl('https://example.org')).href).toBe('https://example.org/lessons/x/');
  });

  it('refuses what is not an http(s) address, saying what to give', () => {
    expect(() => siteUrl('example.org')).toThrow(/not an absolute URL/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/must start with https:\/\//);
    expect(() => siteUrl('https://example.org/?a=1')).toThrow(/root of a host/);
    expect(() => siteUrl('https://example.org/dockyard/')).toThrow(/links start at \//);
  });
});
