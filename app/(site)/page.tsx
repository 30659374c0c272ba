import { loadCourseOutline } from '@/lib/content/course';
import { loadAllQuestions, loadSkills } from '@/lib/content/banks';
import { DRILLS } from '@/lib/drills';
import { GENERATED_QUESTIONS } from '@/lib/quiz/generators/catalog';
import { CourseMap } from '@/components/course/course-map';
import { ProgressPanel } from '@/components/progress/progress-panel';

export default function HomePage() {
  const outline = loadCourseOutline();
  // Generated kinds count toward their skill like one more question.
  const questions = [...loadAllQuestions(), ...GENERATED_QUESTIONS];
  // Each skill with the ids of its questions, for the mastery levels under each module.
  const skills = loadSkills()
    .skills.map((skill) => ({
      id: skill.id,
      title: skill.title,
      module: skill.module,
      questionIds: questions.filter((question) => question.skill === skill.id).map((question) => question.id),
    }))
    .filter((skill) => skill.questionIds.length > 0);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{outline.tagline}</h1>
      <p className="mt-3 max-w-[65ch] text-lg text-[var(--fg-soft)]">
        Learn how containers run on AWS by doing: every lesson pairs a short read with a simulator that behaves
        like the real service, and ends with questions that explain every answer.
      </p>
      <CourseMap
        modules={outline.modules}
        lessons={outline.lessons}
        skills={skills}
        drillIds={DRILLS.map((drill) => drill.id)}
      />
      <ProgressPanel />
    </div>
  );
}
