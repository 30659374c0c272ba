'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { StatusIcon } from '@/components/ui/status-icon';
import {
  offlineState,
  offlineStateOnServer,
  startOffline,
  subscribeOffline,
  switchToNewVersion,
  type OfflineState,
} from './offline-store';

function StatusLine({ state }: { state: OfflineState }) {
  switch (state.kind) {
    case 'off':
      return null;
    case 'saving':
      return (
        <>
          <StatusIcon status="in-progress" className="mt-0.5 size-4" />
          <span>
            Saving the course for offline use
            {/* The count moves every few files: a screen reader hears the start and the end, not each step. */}
            <span aria-hidden="true">
              {state.total > 0 ? `: ${state.done} of ${state.total} files` : '…'}
            </span>
          </span>
        </>
      );
    case 'failed':
      return (
        <>
          <StatusIcon status="warning" className="mt-0.5 size-4 text-amber-600 dark:text-amber-400" />
          <span>
            The course could not be saved for offline use (the network dropped). It tries again on your next
            visit.
          </span>
        </>
      );
    case 'ready':
    case 'update':
      return (
        <>
          <StatusIcon status="done" className="text-accent-700 dark:text-accent-300 mt-0.5 size-4" />
          <span>
            Available offline: the whole course, simulators included, works without a network in this browser.
            {state.kind === 'update' && ' A new version is ready.'}
          </span>
        </>
      );
  }
}

/**
 * The footer's line on offline use, and the prompt when a new version is ready. Registers the
 * service worker. The prompt sits under the audience window's overlay: a talk's screen never shows it.
 */
export function OfflineStatusBody() {
  const state = useSyncExternalStore(subscribeOffline, offlineState, offlineStateOnServer);
  useEffect(startOffline, []);
  return (
    <>
      <p role="status" className="mt-3 flex items-start gap-2">
        <StatusLine state={state} />
      </p>
      {state.kind === 'update' && (
        <div
          role="region"
          aria-label="New version"
          className="fixed right-4 bottom-4 left-4 z-30 flex flex-wrap items-center gap-3 rounded-xl border-2 border-[var(--border)] bg-[var(--bg)] p-4 text-base text-[var(--fg)] shadow-lg sm:left-auto sm:max-w-md"
        >
          <p className="min-w-0 flex-1">
            A new version of Dockyard is ready. Reload to use it; your progress stays.
          </p>
          <button
            type="button"
            onClick={switchToNewVersion}
            className="bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-4 py-1.5 font-semibold text-white"
          >
            Reload
          </button>
        </div>
      )}
    </>
  );
}
