import type { ReactNode } from 'react';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { ProgressNotice } from '@/components/progress/progress-notice';

/**
 * What every course page has around its content: the skip link, the header and its navigation,
 * the progress notice, and the footer (which registers the service worker and shows the offline
 * prompt). Embedded simulators (/embed/…) live in someone else's page and leave all of it out.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent-700 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <SiteHeader />
      <ProgressNotice />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
