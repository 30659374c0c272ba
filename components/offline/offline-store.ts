'use client';

import type { WorkerMessage } from '@/lib/offline/cache-key';

/** Where keeping the course offline stands in this browser. */
export type OfflineState =
  | { readonly kind: 'off' }
  | { readonly kind: 'saving'; readonly done: number; readonly total: number }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed' }
  /** A new version is installed and waiting for the learner to reload. */
  | { readonly kind: 'update' };

const OFF: OfflineState = { kind: 'off' };
let state: OfflineState = OFF;
let started = false;
let reloadWhenSwitched = false;
const listeners = new Set<() => void>();

function set(next: OfflineState) {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const offlineState = () => state;
export const offlineStateOnServer = () => OFF;

/** Follows one worker through its install: the first one makes the course available, a later one is an update. */
function follow(worker: ServiceWorker) {
  const isUpdate = navigator.serviceWorker.controller !== null;
  if (!isUpdate) set({ kind: 'saving', done: 0, total: 0 });
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && isUpdate) set({ kind: 'update' });
    if (worker.state === 'activated' && !isUpdate) set({ kind: 'ready' });
    // An install that could not fetch every file (the network dropped) is thrown away by the browser.
    if (worker.state === 'redundant' && !isUpdate && state.kind === 'saving') set({ kind: 'failed' });
  });
}

function watch(registration: ServiceWorkerRegistration) {
  if (registration.waiting !== null && navigator.serviceWorker.controller !== null) set({ kind: 'update' });
  // An active worker has the whole course saved, even while a newer version installs beside it.
  else if (registration.active !== null) set({ kind: 'ready' });
  if (registration.installing !== null) follow(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing !== null) follow(registration.installing);
  });
}

/**
 * Registers the service worker once per page load, in a production build only (`next dev` has no
 * `sw.js`). A browser without service workers, or one that refuses them, simply stays online-only.
 */
export function startOffline() {
  if (started || process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
  started = true;
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if (event.data?.kind === 'saving' && state.kind === 'saving')
      set({ kind: 'saving', done: event.data.done, total: event.data.total });
  });
  container.addEventListener('controllerchange', () => {
    if (reloadWhenSwitched) window.location.reload();
    // Another tab took the new version: this page's files may be gone from the saved copy.
    else if (state.kind === 'ready') set({ kind: 'update' });
  });
  // A browser that blocks service workers may resolve with no registration at all.
  container
    .register('/sw.js')
    .then((registration: ServiceWorkerRegistration | undefined) =>
      registration ? watch(registration) : set(OFF),
    )
    .catch(() => set(OFF));
}

/** "Reload" in the update prompt: switch to the waiting version, then reload onto it. */
export function switchToNewVersion() {
  reloadWhenSwitched = true;
  navigator.serviceWorker
    .getRegistration()
    .then((registration) => {
      const waiting = registration?.waiting ?? null;
      if (waiting === null) window.location.reload();
      else waiting.postMessage({ kind: 'skip-waiting' } satisfies WorkerMessage);
    })
    .catch(() => window.location.reload());
}
