/** What shows while a simulator's code loads: the frame's size, so the page does not jump. */
export function SimLoading({ title }: { title: string }) {
  return (
    <div
      role="status"
      // Tests wait until none is left before they scan a page.
      data-sim-loading
      data-pagefind-ignore="all"
      className="wide my-8 flex min-h-[32rem] items-center justify-center rounded-2xl border border-[var(--border)] bg-[var(--bg-soft)]"
    >
      <p className="text-[var(--fg-soft)]">Loading the {title} simulator…</p>
    </div>
  );
}
