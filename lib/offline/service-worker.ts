/**
 * Dockyard's service worker, bundled by scripts/build-service-worker.ts into `out/sw.js` with the
 * export's file list and version. It saves the whole course at install (simulators included), then
 * answers from that copy, so the course works with no network after one visit. A new version waits
 * until the page asks for it ("Reload" in the update prompt), so no open talk or quiz changes under
 * the learner's feet.
 */
import { cacheKeyFor, type WorkerMessage } from './cache-key';

declare const __DOCKYARD_VERSION__: string;
declare const __DOCKYARD_FILES__: readonly string[];

// The DOM library has no service worker types, and the webworker one clashes with it: the little used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageFromPage extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: {
      includeUncontrolled: boolean;
    }): Promise<readonly { postMessage(message: unknown): void }[]>;
  };
  readonly location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE = `dockyard-${__DOCKYARD_VERSION__}`;
const PARALLEL = 6;

async function tellPages(message: WorkerMessage) {
  for (const client of await worker.clients.matchAll({ includeUncontrolled: true }))
    client.postMessage(message);
}

/** Fetches every file, a few at a time, telling open pages how far it has got. Any failure fails the install. */
async function saveCourse() {
  const cache = await caches.open(CACHE);
  const queue = [...__DOCKYARD_FILES__];
  const total = queue.length;
  let done = 0;
  async function next(): Promise<void> {
    const url = queue.shift();
    if (url === undefined) return;
    // 'reload' skips the HTTP cache: an install must hold this version's files, not older copies.
    const response = await fetch(new Request(url, { cache: 'reload' }));
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await cache.put(url, response);
    done += 1;
    if (done % 25 === 0 || done === total) await tellPages({ kind: 'saving', done, total });
    return next();
  }
  await Promise.all(Array.from({ length: PARALLEL }, next));
}

async function dropOldVersions() {
  for (const key of await caches.keys())
    if (key.startsWith('dockyard-') && key !== CACHE) await caches.delete(key);
}

async function answer(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(cacheKeyFor(new URL(request.url).pathname));
  // Next's router checks a page with HEAD before fetching its parts in an export.
  if (saved !== undefined)
    return request.method === 'HEAD'
      ? new Response(null, { status: saved.status, headers: saved.headers })
      : saved;
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await cache.match('/404.html') : undefined;
    if (notFound === undefined) throw error;
    return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
}

worker.addEventListener('install', (event) => event.waitUntil(saveCourse()));
worker.addEventListener('activate', (event) =>
  event.waitUntil(dropOldVersions().then(() => worker.clients.claim())),
);
worker.addEventListener('message', (event) => {
  const message = event.data as WorkerMessage | null;
  if (message?.kind === 'skip-waiting') event.waitUntil(worker.skipWaiting());
});
worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const answerable = request.method === 'GET' || request.method === 'HEAD';
  if (!answerable || new URL(request.url).origin !== worker.location.origin) return;
  event.respondWith(answer(request));
});
