import type { Metadata } from 'next';
import { PracticeApp } from '@/components/practice/practice-app';
import { ExamStart } from '@/components/practice/exam/exam-start';
import { loadPracticeData } from './practice-data';

export const metadata: Metadata = {
  title: 'Practice',
  description:
    'Practise the course questions by lesson, skill and difficulty, with the reason behind every option, take timed exams in the AWS certification formats, and see your level in each skill.',
};

export default function PracticePage() {
  const data = loadPracticeData();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Practice</h1>
      <p className="mt-2 max-w-[65ch] text-[var(--fg-soft)]">
        {data.questions.length} questions from {data.lessons.length} lessons, one at a time. After each answer, every
        option says why it is right or wrong, with a link to the section that teaches it.
      </p>
      <div className="mt-8 space-y-14">
        <PracticeApp {...data} />
        <ExamStart questions={data.questions} skills={data.skills} />
      </div>
    </div>
  );
}
