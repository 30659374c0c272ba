import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';
import { DockyardMark } from './dockyard-mark';

const navigation = [
  { href: '/', label: 'Course' },
  { href: '/simulators/', label: 'Simulators' },
  { href: '/glossary/', label: 'Glossary' },
];

export function SiteHeader() {
  return (
    <header
      role="banner"
      className="sticky top-0 z-40 border-b border-[var(--border)] bg-[var(--bg)]/90 backdrop-blur supports-[backdrop-filter]:bg-[var(--bg)]/75"
    >
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <DockyardMark className="size-7 text-accent-600 dark:text-accent-300" />
          <span className="max-[379px]:sr-only">Dockyard</span>
        </Link>
        <nav aria-label="Main" className="ml-auto">
          <ul className="flex items-center gap-0.5 text-sm sm:gap-2">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-md px-1.5 py-2 text-[var(--fg-soft)] hover:bg-[var(--bg-soft)] hover:text-[var(--fg)] sm:px-3"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
