'use client';

import { ModalDialog } from '@/components/ui/modal-dialog';

export const SIM_SHORTCUTS = [
  { keys: ['Space', 'k'], action: 'Play or pause' },
  { keys: ['→', 'l'], action: 'Step forward to the next moment' },
  { keys: ['←', 'j'], action: 'Step back to the previous moment' },
  { keys: [']'], action: 'Faster (up to 8×)' },
  { keys: ['['], action: 'Slower (down to 0.5×)' },
  { keys: ['Home'], action: 'Go to the start of the timeline' },
  { keys: ['End'], action: 'Go to the latest moment' },
  { keys: ['r'], action: 'Reset the simulator' },
  { keys: ['/'], action: 'Type in the console' },
  { keys: ['Esc'], action: 'Leave the console' },
  { keys: ['?'], action: 'Show these shortcuts' },
] as const;

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Simulator keyboard shortcuts">
      <p className="text-sm text-[var(--fg-soft)]">
        They work while the simulator has focus and you are not typing in the console.
      </p>
      <table className="mt-3 w-full text-left">
        <thead>
          <tr>
            <th scope="col" className="py-2 pr-4 text-sm font-semibold">
              Keys
            </th>
            <th scope="col" className="py-2 text-sm font-semibold">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {SIM_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action} className="border-t border-[var(--border)]">
              <td className="py-2 pr-4">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && <span className="text-[var(--fg-soft)]"> or </span>}
                    <kbd className="rounded border border-[var(--border)] bg-[var(--bg-soft)] px-2 py-0.5 font-mono text-sm">
                      {key}
                    </kbd>
                  </span>
                ))}
              </td>
              <td className="py-2">{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
