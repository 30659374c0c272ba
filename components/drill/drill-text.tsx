import { inlineCodeParts } from './drill-state';

/** A drill's text with its backticked commands and names set as code. */
export function DrillText({ text }: { text: string }) {
  return (
    <>
      {inlineCodeParts(text).map((part, index) =>
        part.code ? (
          <code key={index} className="rounded bg-[var(--bg-soft)] px-1 font-mono text-[0.9em] wrap-anywhere">
            {part.text}
          </code>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
