'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/cn';

const navigation = [
  { href: '/', label: 'Course', matches: (path: string) => path === '/' || path.startsWith('/lessons/') },
  { href: '/practice/', label: 'Practice', matches: (path: string) => path.startsWith('/practice') },
  { href: '/simulators/', label: 'Simulators', matches: (path: string) => path.startsWith('/simulators') },
  { href: '/present/', label: 'Present', matches: (path: string) => path.startsWith('/present') },
  { href: '/glossary/', label: 'Glossary', matches: (path: string) => path.startsWith('/glossary') },
];

/**
 * On every page: prefetching its five targets would fetch their payloads (the practice page's is
 * about 100 KB) on each visit, on phones and conference Wi-Fi too. A click fetches the one it needs.
 */
export function MainNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center justify-between gap-0.5 text-[0.8125rem] sm:justify-start sm:gap-2 sm:text-sm">
        {navigation.map((item) => {
          const current = item.matches(pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                prefetch={false}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  'inline-block rounded-md px-1 py-2.5 hover:bg-[var(--bg-soft)] hover:text-[var(--fg)] sm:px-2 md:px-3',
                  current ? 'font-semibold text-[var(--fg)]' : 'text-[var(--fg-soft)]',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
