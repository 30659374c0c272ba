import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../lib/csp/headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * The export served as a static host would, on a port of its own, with one file's content
 * replaceable while it runs: a "new deploy" for the service worker to find. (Playwright cannot
 * route the browser's own fetch of a service worker script.) It sends the headers of the export's
 * `_headers` file, as Netlify or Cloudflare Pages would.
 */
export async function startStaticServer(root: string) {
  const replaced = new Map<string, string>();
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      const body = replaced.get(pathname) ?? (await readFile(file));
      response.writeHead(200, {
        ...headersFor(rules, pathname),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headersFor(rules, '/404.html'), 'content-type': TYPES['.html'] });
      response.end(await readFile(join(root, '404.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    replace: (pathname: string, content: string) => replaced.set(pathname, content),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser keeps connections alive; close would wait for them.
        server.closeAllConnections();
      }),
  };
}
