import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';
import { DockyardMark } from './dockyard-mark';
import { MainNav } from './main-nav';
import { SearchButton } from '@/components/search/search-button';

export function SiteHeader() {
  return (
    <header
      role="banner"
      // Sticky from the sm breakpoint: on a phone the header takes two rows, too much to keep on screen.
      className="z-40 border-b sm:sticky sm:top-0 border-[var(--border)] bg-[var(--bg)]/90 backdrop-blur supports-[backdrop-filter]:bg-[var(--bg)]/75"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 px-3 pt-2 sm:h-14 sm:flex-nowrap sm:gap-4 sm:px-6 sm:pt-0">
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-semibold tracking-tight">
          <DockyardMark className="text-accent-600 dark:text-accent-300 size-7" />
          <span>Dockyard</span>
        </Link>
        {/* On a phone the navigation takes a row of its own under the logo and the theme toggle. */}
        <div className="order-last w-full sm:order-none sm:ml-auto sm:w-auto">
          <MainNav />
        </div>
        <div className="ml-auto flex items-center gap-1 sm:ml-0 sm:gap-2">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
