/** A labelled progress bar; the text says the same as the bar so nothing depends on colour. */
export function ProgressBar({ label, value, text }: { label: string; value: number; text: string }) {
  const clamped = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={text}
        className="h-3 overflow-hidden rounded-full border border-[var(--border)] bg-[var(--bg-soft)]"
      >
        <div className="h-full rounded-full bg-accent-600 transition-[width] dark:bg-accent-400" style={{ width: `${clamped}%` }} />
      </div>
      <p className="mt-2 text-sm text-[var(--fg-soft)]">{text}</p>
    </div>
  );
}
