import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/ui/site-chrome';

/** Every course page: a route group, so the addresses stay as they were (/lessons/…, /practice/…). */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
