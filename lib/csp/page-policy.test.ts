import { describe, expect, it } from 'vitest';
import { pagePolicy, withPolicyMeta } from './page-policy';

describe('pagePolicy', () => {
  it('allows the page’s own scripts by hash and nothing inline besides', () => {
    const policy = pagePolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  });

  it('leaves frame-ancestors to the host header, since a <meta> policy ignores it', () => {
    expect(pagePolicy([])).not.toContain('frame-ancestors');
  });
});

describe('withPolicyMeta', () => {
  const page = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>x()</script></head></html>';

  it('puts the policy before every script, right after the charset', () => {
    const html = withPolicyMeta(page, "script-src 'self'");
    expect(html).toContain(
      `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self'"/><script>`,
    );
  });

  it('replaces a policy already there, so building twice gives one', () => {
    const twice = withPolicyMeta(withPolicyMeta(page, 'a'), 'b');
    expect(twice.match(/http-equiv/g)).toHaveLength(1);
    expect(twice).toContain('content="b"');
  });

  it('refuses a page without a charset declaration rather than put the policy after scripts', () => {
    expect(() => withPolicyMeta('<html><script>x()</script></html>', 'a')).toThrow(/charset/);
  });
});
