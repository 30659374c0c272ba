import type { ReactNode } from 'react';

/**
 * Embedded simulators live in an iframe on someone else's page: no header, navigation, footer,
 * progress notice or offline prompt (the footer is what registers the service worker), only the
 * simulator, filling the frame.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    // Named, so it stays a distinct landmark beside the embedding page's own <main>.
    <main id="main" aria-label="Dockyard simulator" className="flex-1 bg-[var(--bg-soft)]">
      {children}
    </main>
  );
}
