import { parseOrThrow } from './content-error';
import { contentPath, displayPath, listFiles, readYaml } from './files';
import {
  glossarySchema,
  quizBankSchema,
  skillsSchema,
  type Glossary,
  type Question,
  type QuizBank,
  type Skills,
} from './schemas';

export function loadQuizBank(slug: string): QuizBank {
  const path = contentPath('quizzes', `${slug}.yaml`);
  return parseOrThrow(quizBankSchema, readYaml(path), displayPath(path));
}

export function listQuizBanks(): string[] {
  return listFiles('quizzes', '.yaml');
}

export function loadAllQuestions(): Question[] {
  return listQuizBanks().flatMap((slug) => loadQuizBank(slug).questions);
}

export function loadSkills(): Skills {
  const path = contentPath('skills.yaml');
  return parseOrThrow(skillsSchema, readYaml(path), displayPath(path));
}

export function loadGlossary(): Glossary {
  const path = contentPath('glossary.yaml');
  const glossary = parseOrThrow(glossarySchema, readYaml(path), displayPath(path));
  return { terms: [...glossary.terms].sort((a, b) => a.term.localeCompare(b.term, 'en')) };
}
