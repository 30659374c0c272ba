import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteChrome } from '@/components/ui/site-chrome';

export const metadata: Metadata = { title: 'Page not found' };

const PLACES = [
  { href: '/', label: 'The course', what: 'every module and lesson, with your progress' },
  { href: '/practice/', label: 'Practice', what: 'questions by skill, review and the practice exam' },
  { href: '/simulators/', label: 'Simulators', what: 'each simulator full screen' },
  { href: '/present/', label: 'Present', what: 'guided scenarios for a room' },
  { href: '/glossary/', label: 'Glossary', what: 'every term the course uses' },
] as const;

/**
 * Any address the course does not have: what probably happened, and the places that do exist. It
 * sits under the root layout alone (outside the (site) group), so it brings the site's chrome itself.
 */
export default function NotFound() {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
        <p className="mt-3 text-lg text-[var(--fg-soft)]">
          There is no page at this address. It may have been mistyped, or cut short when it was copied. Lesson
          addresses never change once published, so a link from a lesson or a quiz still works.
        </p>
        <ul className="mt-8 space-y-3">
          {PLACES.map((place) => (
            <li key={place.href}>
              <Link
                href={place.href}
                className="text-accent-700 dark:text-accent-300 text-lg font-semibold underline"
              >
                {place.label}
              </Link>
              <span className="text-[var(--fg-soft)]">: {place.what}</span>
            </li>
          ))}
        </ul>
      </div>
    </SiteChrome>
  );
}
