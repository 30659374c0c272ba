import { loadAllQuestions, loadGlossary, listQuizBanks, loadQuizBank, loadSkills } from './banks';
import { loadCourse } from './course';
import { listFiles } from './files';
import { checkYourselfIds, handsOnSections, loadLessonSource } from './lessons';
import { pointsTaught, sectionCoverage } from './section-coverage';
import { GENERATOR_CATALOG } from '../quiz/generators/catalog';
import { listScenarioIds, loadScenario } from './scenarios';
import { getSimulator } from '../sim/registry';
import { COMPARE_PRESETS } from '../present/compare-view';

/**
 * Checks what the schemas cannot: references between files. Every problem names the file and
 * what it points at, so a broken reference fails the build with a message an author can act on.
 */
export function findContentProblems(): string[] {
  const problems: string[] = [];
  const course = loadCourse();
  const listed = course.modules.flatMap((courseModule) => courseModule.lessons);
  const files = listFiles('lessons', '.mdx');
  for (const slug of listed) {
    if (!files.includes(slug))
      problems.push(`content/course.yaml: lesson "${slug}" has no file content/lessons/${slug}.mdx`);
  }
  for (const slug of files) {
    if (!listed.includes(slug))
      problems.push(`content/lessons/${slug}.mdx: not listed in content/course.yaml`);
  }

  const glossary = loadGlossary();
  const termIds = new Set(glossary.terms.map((term) => term.id));
  const skills = loadSkills();
  const skillIds = new Set(skills.skills.map((skill) => skill.id));
  const moduleIds = new Set(course.modules.map((courseModule) => courseModule.id));
  const questions = loadAllQuestions();
  const questionIds = new Set<string>();
  for (const question of questions) {
    if (questionIds.has(question.id))
      problems.push(`content/quizzes: question id "${question.id}" is used twice`);
    questionIds.add(question.id);
  }

  for (const skill of skills.skills) {
    if (!moduleIds.has(skill.module))
      problems.push(`content/skills.yaml: skill "${skill.id}" names unknown module "${skill.module}"`);
  }
  for (const term of glossary.terms) {
    if (term.lesson && !listed.includes(term.lesson)) {
      problems.push(`content/glossary.yaml: term "${term.id}" links to unknown lesson "${term.lesson}"`);
    }
  }

  const headingsBySlug = new Map<string, Set<string>>();
  const handsOnBySlug = new Map<string, Set<string>>();
  for (const slug of listed.filter((s) => files.includes(s))) {
    const lesson = loadLessonSource(slug);
    headingsBySlug.set(slug, new Set(lesson.headings.map((heading) => heading.id)));
    handsOnBySlug.set(slug, handsOnSections(lesson.body));
    const file = `content/lessons/${slug}.mdx`;
    const coverage = sectionCoverage(lesson.body, lesson.bodyLine);
    problems.push(...coverage.problems.map((problem) => `${file}: ${problem}`));
    const taught = pointsTaught(coverage.sections);
    if (taught.join(',') !== [...lesson.frontmatter.coverage].sort((a, b) => a - b).join(','))
      problems.push(`${file}: frontmatter coverage [${lesson.frontmatter.coverage.join(', ')}] must list the points its sections' markers teach: [${taught.join(', ')}]`);
    for (const match of lesson.body.matchAll(/<Term\s+id="([^"]+)"/g)) {
      if (!termIds.has(match[1]!))
        problems.push(`${file}: <Term id="${match[1]}"> is not in content/glossary.yaml`);
    }
    for (const id of checkYourselfIds(lesson.body)) {
      if (!questionIds.has(id)) problems.push(`${file}: <CheckYourself> names unknown question "${id}"`);
    }
  }

  for (const id of listScenarioIds()) {
    const scenario = loadScenario(id);
    const where = `content/scenarios/${id}.yaml`;
    if (scenario.id !== id) problems.push(`${where}: id is "${scenario.id}" but the file is named for "${id}"`);
    if (!listed.includes(scenario.lesson)) problems.push(`${where}: lesson "${scenario.lesson}" is not a written lesson`);
    const presets =
      scenario.simulator === 'compare'
        ? COMPARE_PRESETS.map((preset) => preset.id)
        : (getSimulator(scenario.simulator)?.presets.map((preset) => preset.id) ?? []);
    if (!presets.includes(scenario.preset))
      problems.push(`${where}: "${scenario.preset}" is not a preset of the ${scenario.simulator} simulator (${presets.join(', ')})`);
  }

  for (const kind of GENERATOR_CATALOG) {
    const where = `lib/quiz/generators/catalog.ts: kind "${kind.id}"`;
    if (!skillIds.has(kind.skill)) problems.push(`${where}: unknown skill "${kind.skill}"`);
    if (!headingsBySlug.get(kind.lesson)?.has(kind.section))
      problems.push(`${where}: "${kind.lesson}#${kind.section}" is not a heading of a written lesson`);
  }

  for (const bankSlug of listQuizBanks()) {
    const file = `content/quizzes/${bankSlug}.yaml`;
    const bank = loadQuizBank(bankSlug);
    if (bank.lesson !== bankSlug)
      problems.push(`${file}: lesson is "${bank.lesson}" but the file is named for "${bankSlug}"`);
    const headings = headingsBySlug.get(bank.lesson);
    if (!headings) problems.push(`${file}: lesson "${bank.lesson}" is not a written lesson`);
    for (const question of bank.questions) {
      const where = `${file}: question "${question.id}"`;
      if (!question.id.startsWith(`${bank.lesson}/`))
        problems.push(`${where}: id must start with "${bank.lesson}/"`);
      if (!skillIds.has(question.skill)) problems.push(`${where}: unknown skill "${question.skill}"`);
      if (headings && !headings.has(question.section)) {
        problems.push(`${where}: section "${question.section}" is not a heading of the lesson`);
      }
      if (question.tryIt !== undefined) {
        const [lesson = '', section = ''] = question.tryIt.split('#');
        if (!headingsBySlug.get(lesson)?.has(section))
          problems.push(`${where}: tryIt "${question.tryIt}" is not a heading of a written lesson`);
        else if (!handsOnBySlug.get(lesson)?.has(section))
          problems.push(
            `${where}: tryIt "${question.tryIt}" has no simulator, drill or chooser in its section`,
          );
      }
      problems.push(...checkAnswerKeys(question, where));
    }
  }
  return problems;
}

/** Option ids must be unique (ordering too), and every answer a distinct option id. */
export function checkAnswerKeys(
  question: ReturnType<typeof loadAllQuestions>[number],
  where: string,
): string[] {
  if (question.kind === 'value') return [];
  const optionIds = question.options.map((option) => option.id);
  const problems: string[] = [];
  if (new Set(optionIds).size !== optionIds.length) problems.push(`${where}: option ids repeat`);
  if (question.kind === 'ordering') return problems;
  const answers = question.kind === 'single' ? [question.answer] : question.answer;
  // A repeated answer could never be matched: a learner can tick each option only once.
  if (new Set(answers).size !== answers.length) problems.push(`${where}: answers repeat`);
  for (const answer of answers) {
    if (!optionIds.includes(answer)) problems.push(`${where}: answer "${answer}" is not an option id`);
  }
  return problems;
}
