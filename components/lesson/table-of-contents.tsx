'use client';

import { useEffect, useMemo, useState } from 'react';
import type { LessonHeading } from '@/lib/content/lessons';
import { cn } from '@/lib/cn';

/** Highlights the section being read: the last heading that has scrolled past the top third. */
function useActiveHeading(ids: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    const elements = ids
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0) return;
    const update = () => {
      const line = window.innerHeight / 3;
      let current: string | null = elements[0]?.id ?? null;
      for (const element of elements) {
        if (element.getBoundingClientRect().top <= line) current = element.id;
      }
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
    elements.forEach((element) => observer.observe(element));
    window.addEventListener('scroll', update, { passive: true });
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', update);
    };
  }, [ids]);
  return active;
}

function HeadingLinks({ headings, active }: { headings: readonly LessonHeading[]; active: string | null }) {
  return (
    <ol className="space-y-1 text-sm">
      {headings.map((heading) => (
        <li key={heading.id} className={heading.depth === 3 ? 'pl-4' : undefined}>
          <a
            href={`#${heading.id}`}
            aria-current={active === heading.id ? 'location' : undefined}
            className={cn(
              'block border-l-2 py-1 pl-3 hover:text-[var(--fg)]',
              active === heading.id
                ? 'border-accent-600 dark:border-accent-300 font-medium text-[var(--fg)]'
                : 'border-transparent text-[var(--fg-soft)]',
            )}
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** "On this page": a sticky sidebar on wide screens, a collapsible list on phones. */
export function TableOfContents({
  headings,
  variant,
}: {
  headings: readonly LessonHeading[];
  variant: 'sidebar' | 'inline';
}) {
  const visible = useMemo(() => headings.filter((heading) => heading.depth === 2), [headings]);
  // A stable list, so the observers are set up once rather than on every render.
  const ids = useMemo(() => visible.map((heading) => heading.id), [visible]);
  const active = useActiveHeading(ids);
  if (visible.length === 0) return null;
  if (variant === 'inline') {
    return (
      <details className="mt-6 rounded-xl border border-[var(--border)] p-4 lg:hidden" data-pagefind-ignore="all">
        <summary className="cursor-pointer font-medium">On this page</summary>
        <nav aria-label="On this page" className="mt-3">
          <HeadingLinks headings={visible} active={active} />
        </nav>
      </details>
    );
  }
  return (
    <nav aria-label="On this page" className="hidden lg:block">
      <div className="sticky top-20">
        <p className="mb-2 text-sm font-semibold">On this page</p>
        <HeadingLinks headings={visible} active={active} />
      </div>
    </nav>
  );
}
