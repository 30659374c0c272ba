import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';
import { DockyardMark } from './dockyard-mark';
import { MainNav } from './main-nav';

export function SiteHeader() {
  return (
    <header
      role="banner"
      className="sticky top-0 z-40 border-b border-[var(--border)] bg-[var(--bg)]/90 backdrop-blur supports-[backdrop-filter]:bg-[var(--bg)]/75"
    >
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <DockyardMark className="text-accent-600 dark:text-accent-300 size-7" />
          <span className="max-[379px]:sr-only">Dockyard</span>
        </Link>
        <MainNav />
        <ThemeToggle />
      </div>
    </header>
  );
}
