import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES } from '../vm/status';
import { HEALTH_LOOK, STOPPED_AFTER_FAILURE, TASK_STATUS_LOOK, TASK_STATUS_ORDER } from './task-status';

/** What each task symbol means, always visible under the picture (nothing only on hover). */
export function StatusLegend() {
  const looks = [
    ...TASK_STATUS_ORDER.map((status) => TASK_STATUS_LOOK[status]),
    HEALTH_LOOK.HEALTHY,
    HEALTH_LOOK.UNHEALTHY,
  ];
  return (
    <ul aria-label="Task states" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {looks.map((look) => (
        <li key={look.label} className={cn('flex items-center gap-1', TONE_CLASSES[look.tone].text)}>
          <StateSymbol name={look.symbol} />
          {look.label}
        </li>
      ))}
      <li className={cn('flex items-center gap-1', TONE_CLASSES[STOPPED_AFTER_FAILURE.tone].text)}>
        <StateSymbol name={STOPPED_AFTER_FAILURE.symbol} />
        STOPPED after a failure
      </li>
    </ul>
  );
}
