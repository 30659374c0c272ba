import type { PrintedLine } from '@/lib/present/replay';

/** Long answers (a whole describe-services) are cut for the room; the presenter's console has them in full. */
const ROOM_LINES = 14;

/** The step's console lines and what they printed, as a terminal would show them. */
export function PrintedLines({
  printed,
  full,
  step,
}: {
  printed: readonly PrintedLine[];
  full: boolean;
  step: number;
}) {
  return (
    <section
      aria-label={`What step ${step} ran`}
      className="rounded-xl bg-[var(--bg-soft)] p-3 font-mono text-sm"
    >
      {printed.map((result, index) => {
        const lines = result.output.split('\n');
        const shown = full ? lines : lines.slice(0, ROOM_LINES);
        return (
          <div key={index} className="mb-2 last:mb-0">
            <p className="font-semibold break-all">$ {result.line}</p>
            {result.output !== '' && (
              <pre
                tabIndex={0}
                aria-label={`Output of ${result.line.slice(0, 80)}`}
                className={`mt-1 max-h-80 overflow-auto whitespace-pre-wrap ${result.isError ? 'text-red-700 dark:text-red-300' : ''}`}
              >
                {shown.join('\n')}
                {shown.length < lines.length && `\n… ${lines.length - shown.length} more lines`}
              </pre>
            )}
          </div>
        );
      })}
    </section>
  );
}
