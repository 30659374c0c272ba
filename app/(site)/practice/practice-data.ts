import { loadAllQuestions, loadSkills } from '@/lib/content/banks';
import { loadCourseOutline } from '@/lib/content/course';
import type { PracticeData } from '@/components/practice/practice-data';
import { DRILLS } from '@/lib/drills';

/** The questions of written lessons, the lessons and the skills, for the practice and exam pages. */
export function loadPracticeData(): PracticeData {
  const outline = loadCourseOutline();
  const written = new Set(outline.lessons.map((lesson) => lesson.slug));
  const moduleTitle = new Map(outline.modules.map((courseModule) => [courseModule.id, courseModule.title]));
  const questions = loadAllQuestions().filter((question) => written.has(question.id.split('/')[0] ?? ''));
  const skills = loadSkills().skills.map((skill) => ({
    id: skill.id,
    title: skill.title,
    moduleTitle: moduleTitle.get(skill.module) ?? skill.module,
    certifications: [...new Set(skill.serves.map((serve) => serve.certification))],
  }));
  const lessons = outline.lessons.map(({ slug, number, title, moduleTitle: module }) => ({ slug, number, title, moduleTitle: module }));
  const drills = DRILLS.map((drill) => ({ id: drill.id, title: drill.title, lesson: drill.id.split('/')[0] ?? '' }));
  return { questions, lessons, skills, drills };
}
