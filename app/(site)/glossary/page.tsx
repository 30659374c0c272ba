import type { Metadata } from 'next';
import Link from 'next/link';
import { loadGlossary } from '@/lib/content/banks';
import { loadCourseOutline } from '@/lib/content/course';

export const metadata: Metadata = {
  title: 'Glossary',
  description:
    'Every term the Dockyard course uses, from chroot to worker node, with the lesson that teaches it.',
};

export default function GlossaryPage() {
  const { terms } = loadGlossary();
  const lessons = new Map(loadCourseOutline().lessons.map((lesson) => [lesson.slug, lesson]));
  const letters = [...new Set(terms.map((term) => term.term[0]!.toUpperCase()))];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Glossary</h1>
      <p className="mt-2 text-[var(--fg-soft)]">
        {terms.length} terms used in the course. Where a written lesson teaches a term, it links there.
      </p>
      <nav aria-label="Letters" className="mt-6 flex flex-wrap gap-1">
        {letters.map((letter) => (
          <a
            key={letter}
            href={`#letter-${letter}`}
            className="hover:border-accent-500 flex size-9 items-center justify-center rounded-md border border-[var(--border)] font-semibold"
          >
            {letter}
          </a>
        ))}
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-8">
          <h2 id={`letter-${letter}`} className="border-b border-[var(--border)] pb-1 text-xl font-semibold">
            {letter}
          </h2>
          <dl className="mt-3 space-y-5">
            {terms
              .filter((term) => term.term[0]!.toUpperCase() === letter)
              .map((term) => {
                const lesson = term.lesson ? lessons.get(term.lesson) : undefined;
                return (
                  <div key={term.id} id={term.id} className="scroll-mt-20">
                    <dt className="font-semibold">{term.term}</dt>
                    <dd className="mt-1 text-[var(--fg)]">
                      {term.definition}
                      {term.aliases.length > 0 && (
                        <span className="block text-sm text-[var(--fg-soft)]">
                          Also called: {term.aliases.join(', ')}
                        </span>
                      )}
                      {lesson && (
                        <Link
                          href={`/lessons/${lesson.slug}/`}
                          className="text-accent-700 dark:text-accent-300 mt-1 block text-sm underline"
                        >
                          Taught in {String(lesson.number).padStart(2, '0')} {lesson.title}
                        </Link>
                      )}
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </div>
  );
}
