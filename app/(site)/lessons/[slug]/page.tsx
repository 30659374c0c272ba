import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadCourseOutline } from '@/lib/content/course';
import { loadLessonSource } from '@/lib/content/lessons';
import { openGraphFor } from '@/lib/social-card';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { LessonFooter } from '@/components/lesson/lesson-footer';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCourseOutline().lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const { frontmatter } = loadLessonSource(slug);
  const { title, summary: description } = frontmatter;
  return { title, description, openGraph: openGraphFor({ title, description, subject: { kind: 'lesson', slug } }) };
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const outline = loadCourseOutline();
  const index = outline.lessons.findIndex((lesson) => lesson.slug === slug);
  const lesson = outline.lessons[index];
  if (!lesson) notFound();
  const source = loadLessonSource(slug);
  const { default: LessonBody } = await import(`@/content/lessons/${slug}.mdx`);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:grid lg:grid-cols-[minmax(0,1fr)_14rem] lg:gap-12">
      {/* The search index (scripts/build-search-index.ts) reads only this article of any page, as a lesson. */}
      <article
        className="min-w-0"
        aria-labelledby="lesson-title"
        data-pagefind-body
        data-pagefind-meta="kind:Lesson"
        data-pagefind-filter="kind:Lesson"
      >
        <LessonHeader lesson={lesson} />
        <TableOfContents headings={source.headings} variant="inline" />
        <div className="lesson-prose mt-8">
          <LessonBody />
        </div>
        <LessonFooter
          slug={slug}
          previous={outline.lessons[index - 1] ?? null}
          next={outline.lessons[index + 1] ?? null}
        />
      </article>
      <TableOfContents headings={source.headings} variant="sidebar" />
    </div>
  );
}
