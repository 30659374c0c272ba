'use client';

import type { Question } from '@/lib/content/schemas';
import { questionAnchor } from '@/lib/search/kinds';
import { QuestionCard } from './question-card';

export function QuizBlock({ title, questions }: { title: string; questions: Question[] }) {
  return (
    <div
      role="group"
      aria-label={title}
      // Search has every bank question as a record of its own (lib/search/records.ts), landing on the
      // question's anchor here: indexing the block too would list each question twice.
      data-pagefind-ignore="all"
      className="wide border-accent-200 dark:border-accent-800 my-10 max-w-[70ch] rounded-2xl border-2 p-4 sm:p-6"
    >
      <p className="text-lg font-semibold">{title}</p>
      <p className="text-sm text-[var(--fg-soft)]">
        {questions.length} {questions.length === 1 ? 'question' : 'questions'}. Every option explains itself
        after you check.
      </p>
      <ol className="mt-5 space-y-8">
        {questions.map((question, index) => (
          <li key={question.id} id={questionAnchor(question.id)}>
            <QuestionCard question={question} number={index + 1} />
          </li>
        ))}
      </ol>
    </div>
  );
}
