'use client';

import { ModalDialog } from '@/components/ui/modal-dialog';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import type { Session } from '@/lib/sim/core/session';
import { historyAtCursor } from '@/lib/sim/core/history';
import { formatSimTime } from './format-time';
import { useSim } from './sim-context';
import { downloadText } from '@/components/progress/download';

/** Everything that happened, in time order: what was run (as typed, or as the command) and every event. */
export function buildTranscript(session: Session<BaseState, CommandBase>, title: string): string {
  const lines = historyAtCursor(session).map((item) =>
    item.kind === 'command'
      ? { at: item.entry.at, text: `$ ${item.entry.line ?? JSON.stringify(item.entry.command)}` }
      : { at: item.event.at, text: `  ${item.event.message}` },
  );
  return [
    `${title} · seed ${session.seed} · at ${formatSimTime(session.state.now)}`,
    '',
    ...lines.map((line) => `${formatSimTime(line.at)} ${line.text}`),
  ].join('\n');
}

export function TranscriptDialog({
  open,
  onClose,
  title,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
}) {
  const session = useSim((state) => state.session);
  const text = open ? buildTranscript(session, title) : '';
  return (
    <ModalDialog open={open} onClose={onClose} title="Transcript">
      <p className="text-sm text-[var(--fg-soft)]">
        Every command and event up to the current moment, as text.
      </p>
      <pre
        tabIndex={0}
        className="mt-3 max-h-[50vh] overflow-auto rounded-lg bg-[var(--bg-soft)] p-3 font-mono text-sm whitespace-pre-wrap"
      >
        {text}
      </pre>
      <button
        type="button"
        onClick={() => downloadText('dockyard-transcript.txt', text, 'text/plain')}
        className="hover:border-accent-500 mt-3 rounded-lg border border-[var(--border)] px-4 py-2 font-medium"
      >
        Download transcript
      </button>
    </ModalDialog>
  );
}
