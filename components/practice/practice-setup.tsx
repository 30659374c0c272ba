'use client';

import { useId } from 'react';
import type { PracticeFilter } from '@/lib/quiz/practice';
import type { PracticeLesson, PracticeSkill } from './practice-data';

const DIFFICULTY_LABELS = { any: 'Any', easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;
const POOL_LABELS = { all: 'All of them', unanswered: 'Not answered yet', missed: 'Missed last time' } as const;
const SIZE_LABELS = [
  [10, '10'],
  [20, '20'],
  [0, 'All'],
] as const;

function groupByModule<T extends { moduleTitle: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.moduleTitle, [...(groups.get(item.moduleTitle) ?? []), item]);
  return [...groups];
}

function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((value) => value !== id) : [...list, id];
}

function Choices<V extends string | number>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map(([optionValue, label]) => (
          <label
            key={String(optionValue)}
            className="has-checked:border-accent-600 has-checked:bg-accent-50 dark:has-checked:border-accent-400 dark:has-checked:bg-accent-900/40 flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-[var(--border)] px-3 py-2"
          >
            <input
              type="radio"
              name={name}
              checked={value === optionValue}
              onChange={() => onChange(optionValue)}
              className="accent-accent-700"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Checklist<T extends { id: string; label: string; count: number }>({
  legend,
  hint,
  groups,
  chosen,
  onChange,
}: {
  legend: string;
  hint: string;
  groups: [string, T[]][];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const hintId = useId();
  return (
    <fieldset aria-describedby={hintId}>
      <legend className="font-semibold">{legend}</legend>
      <p id={hintId} className="text-sm text-[var(--fg-soft)]">
        {hint}
      </p>
      {groups.map(([group, items]) => (
        <div key={group} className="mt-3">
          <p className="text-sm font-medium text-[var(--fg-soft)]">{group}</p>
          <ul className="mt-1 grid gap-1 sm:grid-cols-2">
            {items.map((item) => (
              <li key={item.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 py-1.5 hover:bg-[var(--bg-soft)]">
                  <input
                    type="checkbox"
                    checked={chosen.includes(item.id)}
                    onChange={() => onChange(toggled(chosen, item.id))}
                    className="accent-accent-700 size-4 shrink-0"
                  />
                  <span className="min-w-0 flex-1">{item.label}</span>
                  <span className="text-sm text-[var(--fg-soft)]">{item.count}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}

/** Choose what to practise: lessons, skills, difficulty, which questions and how many. */
export function PracticeSetup({
  filter,
  onChange,
  lessons,
  skills,
  countsByLesson,
  countsBySkill,
  matching,
  onStart,
}: {
  filter: PracticeFilter;
  onChange: (filter: PracticeFilter) => void;
  lessons: readonly PracticeLesson[];
  skills: readonly PracticeSkill[];
  countsByLesson: ReadonlyMap<string, number>;
  countsBySkill: ReadonlyMap<string, number>;
  matching: number;
  onStart: () => void;
}) {
  const roundSize = filter.size === 0 ? matching : Math.min(filter.size, matching);
  const lessonItems = lessons.map((lesson) => ({
    id: lesson.slug,
    label: `${String(lesson.number).padStart(2, '0')} ${lesson.title}`,
    count: countsByLesson.get(lesson.slug) ?? 0,
    moduleTitle: lesson.moduleTitle,
  }));
  const skillItems = skills
    .filter((skill) => (countsBySkill.get(skill.id) ?? 0) > 0)
    .map((skill) => ({ id: skill.id, label: skill.title, count: countsBySkill.get(skill.id) ?? 0, moduleTitle: skill.moduleTitle }));

  return (
    <form
      aria-label="Choose what to practise"
      className="space-y-8"
      onSubmit={(event) => {
        event.preventDefault();
        if (roundSize > 0) onStart();
      }}
    >
      <Checklist
        legend="Lessons"
        hint="None ticked: questions from every lesson. The number is how many questions each has."
        groups={groupByModule(lessonItems)}
        chosen={filter.lessons}
        onChange={(chosen) => onChange({ ...filter, lessons: chosen })}
      />
      <details className="rounded-xl border border-[var(--border)] p-4">
        <summary className="cursor-pointer font-semibold">Narrow by skill{filter.skills.length > 0 ? ` (${filter.skills.length} chosen)` : ''}</summary>
        <div className="mt-3">
          <Checklist
            legend="Skills"
            hint="None ticked: every skill. Ticking lessons and skills asks questions that match both."
            groups={groupByModule(skillItems)}
            chosen={filter.skills}
            onChange={(chosen) => onChange({ ...filter, skills: chosen })}
          />
        </div>
      </details>
      <div className="grid gap-6 sm:grid-cols-3">
        <Choices
          legend="Difficulty"
          value={filter.difficulty}
          options={Object.entries(DIFFICULTY_LABELS) as [PracticeFilter['difficulty'], string][]}
          onChange={(difficulty) => onChange({ ...filter, difficulty })}
        />
        <Choices
          legend="Which questions"
          value={filter.pool}
          options={Object.entries(POOL_LABELS) as [PracticeFilter['pool'], string][]}
          onChange={(pool) => onChange({ ...filter, pool })}
        />
        <Choices
          legend="How many"
          value={filter.size}
          options={SIZE_LABELS}
          onChange={(size) => onChange({ ...filter, size })}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={roundSize === 0}
          className="bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-5 py-2 text-lg font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
        >
          Start practice
        </button>
        <p role="status" className="text-[var(--fg-soft)]">
          {roundSize === 0
            ? 'No question matches this choice: tick fewer boxes, or choose another difficulty or pool.'
            : `${roundSize} ${roundSize === 1 ? 'question' : 'questions'} of ${matching} matching.`}
        </p>
      </div>
    </form>
  );
}
