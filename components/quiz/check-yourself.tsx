import { loadAllQuestions } from '@/lib/content/banks';
import { QuizBlock } from './quiz-block';

/** "Check yourself": the named questions from content/quizzes, graded in place. */
export function CheckYourself({ ids, title = 'Check yourself' }: { ids: string[]; title?: string }) {
  const all = loadAllQuestions();
  const questions = ids.map((id) => {
    const question = all.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`<CheckYourself>: no question "${id}" in content/quizzes`);
    return question;
  });
  return <QuizBlock title={title} questions={questions} />;
}
