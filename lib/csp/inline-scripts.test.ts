import { describe, expect, it } from 'vitest';
import { inlineScriptHashSources, inlineScripts, scriptHashSource } from './inline-scripts';

describe('inlineScripts', () => {
  it('finds the text of scripts without src, and skips external ones', () => {
    const html =
      '<head><script>a()</script><script src="/x.js" async=""></script></head><body><script type="module">b()\n</script><script id="s">c()</script></body>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()\n', 'c()']);
  });

  it('ends a script at the first </script, as the HTML parser does', () => {
    expect(inlineScripts('<script>x = "</script>"; y()</script>')).toEqual(['x = "']);
  });

  it('ignores empty scripts, which run nothing', () => {
    expect(inlineScripts('<script></script>')).toEqual([]);
  });
});

describe('scriptHashSource', () => {
  it('matches the hash browsers compute (the CSP spec’s own example)', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes the UTF-8 bytes of non-ASCII text (checked against openssl dgst -sha256)', () => {
    expect(scriptHashSource('é')).not.toBe(scriptHashSource('e'));
    expect(scriptHashSource('é')).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
  });
});

describe('inlineScriptHashSources', () => {
  it('gives each distinct script once, sorted', () => {
    const sources = inlineScriptHashSources('<script>a()</script><script>b()</script><script>a()</script>');
    expect(sources).toHaveLength(2);
    expect([...sources].sort()).toEqual(sources);
  });
});
