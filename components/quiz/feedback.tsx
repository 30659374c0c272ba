import type { Question } from '@/lib/content/schemas';
import type { Grade } from '@/lib/quiz/grade';

/** The explanation after checking, and a link back to the lesson section that teaches it. */
export function Feedback({ question, grade, learnHref }: { question: Question; grade: Grade; learnHref?: string }) {
  const lesson = question.id.split('/')[0];
  const byId = new Map(
    question.kind === 'ordering' ? question.options.map((option) => [option.id, option]) : [],
  );
  return (
    <div className="mt-3 space-y-2 text-[0.975rem]">
      {question.kind === 'ordering' && (
        <>
          {!grade.correct && (
            <div>
              <p className="font-medium">The right order:</p>
              <ol className="list-decimal pl-6">
                {grade.expected.map((id) => (
                  <li key={id}>
                    {byId.get(id)?.text}{' '}
                    <span className="text-[var(--fg-soft)]">({byId.get(id)?.explanation})</span>
                  </li>
                ))}
              </ol>
            </div>
          )}
          <p>{question.explanation}</p>
        </>
      )}
      {question.kind === 'value' && (
        <p>
          {!grade.correct && (
            <strong>
              The answer is {question.answer}
              {question.unit ? ` ${question.unit}` : ''}.{' '}
            </strong>
          )}
          {question.explanation}
        </p>
      )}
      <p>
        <a
          href={learnHref ?? `/lessons/${lesson}/#${question.section}`}
          className="text-accent-700 dark:text-accent-300 font-medium underline"
        >
          Learn this: back to the section that teaches it
        </a>
      </p>
    </div>
  );
}
