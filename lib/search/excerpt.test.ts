import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptText, parseExcerpt } from './excerpt';

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and marked segments', () => {
    expect(parseExcerpt('the <mark>awsvpc</mark> network mode gives each <mark>task</mark> an ENI')).toEqual([
      { text: 'the ', marked: false },
      { text: 'awsvpc', marked: true },
      { text: ' network mode gives each ', marked: false },
      { text: 'task', marked: true },
      { text: ' an ENI', marked: false },
    ]);
  });

  it('unescapes entities inside and outside marks', () => {
    expect(parseExcerpt('&lt;none&gt; &amp; <mark>it&#39;s</mark> &quot;ok&quot; &#x2014; yes')).toEqual([
      { text: '<none> & ', marked: false },
      { text: "it's", marked: true },
      { text: ' "ok" — yes', marked: false },
    ]);
  });

  it('keeps an escaped script payload as text, so it shows and never runs', () => {
    const segments = parseExcerpt('try &lt;script&gt;alert(1)&lt;/script&gt; <mark>here</mark>');
    expect(excerptText(segments)).toBe('try <script>alert(1)</script> here');
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['here']);
  });

  it('drops raw tags other than mark, with their attributes', () => {
    const segments = parseExcerpt(
      'a<script>alert(1)</script> <img src=x onerror="alert(2)"><mark>b</mark><b onclick="x()">c</b><iframe src="javascript:alert(3)"></iframe>',
    );
    expect(segments).toEqual([
      { text: 'aalert(1) ', marked: false },
      { text: 'b', marked: true },
      { text: 'c', marked: false },
    ]);
    expect(excerptText(segments)).not.toMatch(/onerror|onclick|javascript|<|>/);
  });

  it('drops a tag left open at the end rather than showing half of it', () => {
    expect(parseExcerpt('text <img src=x onerror=alert(1)')).toEqual([{ text: 'text ', marked: false }]);
  });

  it('reads a lone < in text as text', () => {
    expect(excerptText(parseExcerpt('when a < b and 3 <4'))).toBe('when a < b and 3 <4');
  });

  it('treats <MARK> like <mark> and ignores an unmatched closing mark', () => {
    expect(parseExcerpt('</mark>x <MARK>y</MARK>')).toEqual([
      { text: 'x ', marked: false },
      { text: 'y', marked: true },
    ]);
  });

  it('merges neighbours with the same marking and leaves out empty segments', () => {
    expect(parseExcerpt('<mark>a</mark><mark>b</mark><mark></mark>c')).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: false },
    ]);
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('keeps an entity it does not know, and a code point out of range, as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &#xD800;')).toBe('&bogus; &#0; &#x110000; &#xD800;');
  });

  it('decodes &amp;lt; once, not twice', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});
