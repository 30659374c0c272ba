import { formatLessonNumber, type LessonSummary } from '@/lib/content/course';
import type { LessonHeading } from '@/lib/content/lessons';
import type { Glossary, Question } from '@/lib/content/schemas';
import { questionAnchor, type SearchKind } from './kinds';

/**
 * The glossary terms and the bank questions as Pagefind custom records. Lessons are indexed from
 * their built HTML; these two have no page of their own to index (the glossary is one long page, and
 * most questions appear only in practice), so each becomes a record with a URL that lands on it.
 */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: 'en';
  readonly meta: { readonly title: string; readonly kind: SearchKind; readonly context: string };
  readonly filters: Readonly<Record<string, string[]>>;
}

/** What the records need to know about the lessons: their summaries and headings, and which questions each asks in place. */
export interface LessonIndex {
  readonly lessons: readonly LessonSummary[];
  readonly headings: ReadonlyMap<string, readonly LessonHeading[]>;
  /** Question id → the lesson that asks it in a "Check yourself" block. */
  readonly askedIn: ReadonlyMap<string, string>;
}

function lessonLabel(lesson: LessonSummary): string {
  return `${formatLessonNumber(lesson.number)} ${lesson.title}`;
}

/** Stems write commands in `backticks`; the index and the results show the words. */
function plain(text: string): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One record per term, landing on its anchor in the glossary. Aliases are searchable too. */
export function glossaryRecords(terms: Glossary['terms'], lessons: readonly LessonSummary[]): SearchRecord[] {
  const bySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  return terms.map((term) => {
    const lesson = term.lesson ? bySlug.get(term.lesson) : undefined;
    const aliases = term.aliases.length > 0 ? ` Also called: ${term.aliases.join(', ')}.` : '';
    return {
      url: `/glossary/#${term.id}`,
      content: `${term.term}. ${plain(term.definition)}${aliases}`,
      language: 'en',
      meta: {
        title: term.term,
        kind: 'Glossary',
        context: lesson ? `Taught in ${lessonLabel(lesson)}` : 'Glossary',
      },
      filters: { kind: ['Glossary'] },
    };
  });
}

/**
 * One record per bank question: the stem and the options (never the explanations, which give the
 * answer away). A question asked in a lesson lands on it there; any other lands on the section that
 * teaches it, the page its "Learn this" link opens, with the question named in the query: Pagefind
 * keeps one record per URL, and several questions can be taught by one section.
 */
export function questionRecords(questions: readonly Question[], index: LessonIndex): SearchRecord[] {
  const bySlug = new Map(index.lessons.map((lesson) => [lesson.slug, lesson]));
  return questions.flatMap((question) => {
    const slug = question.id.slice(0, question.id.indexOf('/'));
    const lesson = bySlug.get(slug);
    // A bank for a lesson not yet written has no page to land on.
    if (!lesson) return [];
    const options = 'options' in question ? question.options.map((option) => plain(option.text)) : [];
    const askedHere = index.askedIn.get(question.id) === slug;
    const section = index.headings.get(slug)?.find((heading) => heading.id === question.section);
    // Written as a lesson hit's context is: the lesson, then where in it.
    const where = askedHere ? 'Check yourself' : (section?.text ?? lesson.title);
    return [
      {
        url: askedHere
          ? `/lessons/${slug}/#${questionAnchor(question.id)}`
          : `/lessons/${slug}/?question=${question.id.slice(slug.length + 1)}#${question.section}`,
        content: [plain(question.stem), ...options].join('\n'),
        language: 'en',
        meta: {
          title: lesson.title,
          kind: 'Question',
          context: `Lesson ${formatLessonNumber(lesson.number)} › ${where}`,
        },
        filters: { kind: ['Question'], lesson: [slug] },
      },
    ];
  });
}
