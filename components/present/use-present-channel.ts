'use client';

import { useCallback, useEffect, useRef } from 'react';
import { channelName, readMessage, type PresentMessage } from '@/lib/present/sync';

/**
 * The presenter's and the audience's windows talk over a BroadcastChannel named for the scenario.
 * It reaches windows of the same browser only; where it does not exist, sending does nothing.
 */
export function usePresentChannel(
  scenario: string,
  onMessage: (message: PresentMessage, reply: (answer: PresentMessage) => void) => void,
) {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(channelName(scenario));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data, scenario);
      if (message !== null) handler.current(message, (answer) => opened.postMessage(answer));
    };
    return () => {
      channel.current = null;
      opened.close();
    };
  }, [scenario]);
  return useCallback((message: PresentMessage) => channel.current?.postMessage(message), []);
}
