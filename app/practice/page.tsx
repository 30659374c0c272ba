import type { Metadata } from 'next';
import { loadAllQuestions, loadSkills } from '@/lib/content/banks';
import { loadCourseOutline } from '@/lib/content/course';
import { PracticeApp } from '@/components/practice/practice-app';

export const metadata: Metadata = {
  title: 'Practice',
  description:
    'Practise the course questions by lesson, skill and difficulty, with the reason behind every option and your level in each skill.',
};

export default function PracticePage() {
  const outline = loadCourseOutline();
  const written = new Set(outline.lessons.map((lesson) => lesson.slug));
  const moduleTitle = new Map(outline.modules.map((courseModule) => [courseModule.id, courseModule.title]));
  const questions = loadAllQuestions().filter((question) => written.has(question.id.split('/')[0] ?? ''));
  const skills = loadSkills().skills.map((skill) => ({
    id: skill.id,
    title: skill.title,
    moduleTitle: moduleTitle.get(skill.module) ?? skill.module,
  }));
  const lessons = outline.lessons.map(({ slug, number, title, moduleTitle: module }) => ({
    slug,
    number,
    title,
    moduleTitle: module,
  }));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Practice</h1>
      <p className="mt-2 max-w-[65ch] text-[var(--fg-soft)]">
        {questions.length} questions from {lessons.length} lessons, one at a time. After each answer, every option
        says why it is right or wrong, with a link to the section that teaches it.
      </p>
      <div className="mt-8">
        <PracticeApp questions={questions} lessons={lessons} skills={skills} />
      </div>
    </div>
  );
}
