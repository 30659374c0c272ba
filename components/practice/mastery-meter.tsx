import { MASTERY_LEVELS, MASTERY_WORDS, type SkillMastery } from '@/lib/quiz/mastery';
import { cn } from '@/lib/cn';

const STEPS = MASTERY_LEVELS.length - 1;

/** A skill's level as four steps drawn in SVG, with the word beside it: never colour alone. */
export function MasteryMeter({ mastery, className }: { mastery: SkillMastery; className?: string }) {
  const filled = MASTERY_LEVELS.indexOf(mastery.level);
  return (
    <span className={cn('inline-flex items-center gap-2', className)}>
      <svg viewBox={`-1 -1 ${STEPS * 14} 12`} aria-hidden="true" className="h-3 w-14 shrink-0">
        {Array.from({ length: STEPS }, (_, step) => (
          <rect
            key={step}
            x={step * 14}
            y="0"
            width="12"
            height="10"
            rx="2"
            className={step < filled ? 'fill-accent-600 dark:fill-accent-400' : 'fill-none stroke-current opacity-60'}
            strokeWidth="1.5"
          />
        ))}
      </svg>
      <span className="font-medium">{MASTERY_WORDS[mastery.level]}</span>
    </span>
  );
}

/** "5 of 8 right, 1 missed": what the level is made of. */
export function masteryDetail(mastery: SkillMastery): string {
  if (mastery.right + mastery.missed === 0) return `${mastery.total} questions, none answered yet`;
  const missed = mastery.missed > 0 ? `, ${mastery.missed} missed last time` : '';
  return `${mastery.right} of ${mastery.total} right${missed}`;
}
