/**
 * A command and what it prints, as a terminal shows them: the inspectors' body. A focusable region,
 * so keyboard users can scroll a wide output.
 */
export function CommandOutput({ command, output }: { command: string; output: string }) {
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label={`Output of ${command}`}
      className="overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--bg-soft)] p-3 font-mono text-sm leading-snug"
    >
      <span className="text-[var(--fg-soft)]">$ </span>
      <span className="font-semibold wrap-anywhere whitespace-pre-wrap">{command}</span>
      {'\n'}
      {output}
    </pre>
  );
}
