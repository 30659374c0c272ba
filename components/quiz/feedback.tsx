import type { Question } from '@/lib/content/schemas';
import type { Grade } from '@/lib/quiz/grade';
import { GENERATOR_CATALOG, generatorOfQuestion } from '@/lib/quiz/generators/catalog';

const LINK = 'text-accent-700 dark:text-accent-300 font-medium underline';

/**
 * The explanation after checking, a link back to the lesson section that teaches it, the hands-on
 * section where the learner can try it, and the generated questions of the same skill.
 */
export function Feedback({
  question,
  grade,
  learnHref,
}: {
  question: Question;
  grade: Grade;
  learnHref?: string;
}) {
  const lesson = question.id.split('/')[0];
  // Generated questions offer "New question" themselves.
  const freshKinds =
    generatorOfQuestion(question.id) === undefined
      ? GENERATOR_CATALOG.filter((kind) => kind.skill === question.skill)
      : [];
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
      <ul className="space-y-1">
        <li>
          <a href={learnHref ?? `/lessons/${lesson}/#${question.section}`} className={LINK}>
            Learn this: back to the section that teaches it
          </a>
        </li>
        {question.tryIt !== undefined && (
          <li>
            <a href={`/lessons/${question.tryIt.replace('#', '/#')}`} className={LINK}>
              Try it hands-on: the simulator or drill that shows it
            </a>
          </li>
        )}
        {freshKinds.map((kind) => (
          <li key={kind.id}>
            <a href={`/practice/generated/#${kind.id}`} className={LINK}>
              A fresh question from the simulator: {kind.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
