/** The Dockyard logo: three stacked containers on a quay, drawn in the current text colour. */
export function DockyardMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className} fill="none">
      <rect x="4" y="15" width="11" height="7" rx="1.5" fill="currentColor" />
      <rect x="17" y="15" width="11" height="7" rx="1.5" fill="currentColor" opacity="0.7" />
      <rect x="10.5" y="7" width="11" height="7" rx="1.5" fill="currentColor" opacity="0.85" />
      <path d="M2 25h28" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
