import { describe, expect, it } from 'vitest';
import { checkLinks, type SiteFiles } from './check-links';
import { pageLinks } from './page-links';

const ORIGIN = 'https://dockyard.example.org';

function site(pages: Record<string, string>, others: string[] = []): SiteFiles {
  return { pages: new Map(Object.entries(pages)), paths: new Set([...Object.keys(pages), ...others]) };
}

const noState = () => false;

describe('pageLinks', () => {
  it('reads hrefs and srcs with entities decoded, and every id', () => {
    const links = pageLinks('<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png"><svg><use href="#s"/></svg><h2 id="one">1</h2>');
    expect(links.targets).toEqual(['/a/?x=1&y=2', '/i.png', '#s']);
    expect([...links.anchors]).toEqual(['one']);
  });

  it('ignores what a script holds, which is data rather than markup', () => {
    expect(pageLinks('<script>self.__next_f.push("<a href=\\"/gone/\\">")</script>').targets).toEqual([]);
  });

  it('reads the Open Graph image, an absolute URL', () => {
    expect(pageLinks('<meta property="og:image" content="https://x.org/og/a.png"/>').targets).toEqual(['https://x.org/og/a.png']);
  });
});

describe('checkLinks', () => {
  it('passes links to pages, files and anchors that exist', () => {
    const files = site(
      { '/index.html': '<a href="/lessons/a/#intro">A</a><a href="lessons/a/">A</a><link href="/s.css">', '/lessons/a/index.html': '<h2 id="intro">Intro</h2><a href="../../">Home</a>' },
      ['/s.css'],
    );
    expect(checkLinks(files, ORIGIN, noState)).toEqual([]);
  });

  it('names the page, the link and what is missing', () => {
    const files = site({ '/index.html': '<a href="/lessons/gone/">x</a><a href="/lessons/a/#nope">y</a>', '/lessons/a/index.html': '<p>a</p>' });
    expect(checkLinks(files, ORIGIN, noState)).toEqual([
      { page: '/', target: '/lessons/gone/', problem: 'no such file' },
      { page: '/', target: '/lessons/a/#nope', problem: 'no element with id "nope"' },
    ]);
  });

  it('suggests the trailing slash a static host needs', () => {
    const files = site({ '/index.html': '<a href="/lessons/a">x</a>', '/lessons/a/index.html': '' });
    expect(checkLinks(files, ORIGIN, noState)[0]?.problem).toBe('no such file (did you mean /lessons/a/?)');
  });

  it('checks absolute links to the site itself, and leaves other sites alone', () => {
    const files = site({ '/index.html': `<a href="https://aws.amazon.com/ecs/">AWS</a><meta property="og:image" content="${ORIGIN}/og/x.png"/>` });
    expect(checkLinks(files, ORIGIN, noState)).toEqual([{ page: '/', target: `${ORIGIN}/og/x.png`, problem: 'no such file' }]);
  });

  it('refuses javascript: URLs', () => {
    expect(checkLinks(site({ '/index.html': '<a href="javascript:alert(1)">x</a>' }), ORIGIN, noState)[0]?.problem).toBe('a javascript: URL');
  });

  it('leaves fragments that carry state to the page that reads them', () => {
    const files = site({ '/index.html': '<a href="/sim/#sim=v1.abc">x</a>', '/sim/index.html': '' });
    expect(checkLinks(files, ORIGIN, noState)).toHaveLength(1);
    expect(checkLinks(files, ORIGIN, (_, fragment) => fragment.startsWith('sim='))).toEqual([]);
  });
});
