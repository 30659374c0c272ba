import { cn } from '@/lib/cn';
import type { Target } from '@/lib/sim/ecs/types';
import type { EcsInspect } from '../inspect-target';
import { StateSymbol } from '../../state-symbol';
import { TONE_CLASSES } from '../../vm/status';
import { TARGET_LOOK, targetLabel, type ServiceTargetGroup } from './target-health';

function TargetItem({ target }: { target: Target }) {
  const look = TARGET_LOOK[target.state];
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-0.5 py-1">
      <span className={cn('flex items-center gap-1.5 font-semibold', TONE_CLASSES[look.tone].text)}>
        <StateSymbol name={look.symbol} />
        {look.label}
      </span>
      <span className="font-mono break-all">{targetLabel(target)}</span>
      <span className="text-[var(--fg-soft)]">{target.az}</span>
      {target.reason !== null && (
        <span className="w-full break-words text-[var(--fg-soft)]">{target.reason}</span>
      )}
    </li>
  );
}

/** Each target group behind the service: healthy targets of all, then every target's health. */
export function TargetGroupList({
  groups,
  onInspect,
}: {
  groups: readonly ServiceTargetGroup[];
  onInspect: EcsInspect;
}) {
  return (
    <div className="space-y-2">
      {groups.map((entry) => (
        <div key={entry.group.arn} className="rounded-lg border border-[var(--border)] bg-[var(--bg)] p-2">
          <p className="flex flex-wrap items-baseline gap-x-3">
            <button
              type="button"
              onClick={() => onInspect({ kind: 'target-group', arn: entry.group.arn })}
              aria-label={`Target group ${entry.group.name}: show details`}
              className="text-accent-700 dark:text-accent-300 rounded font-mono font-semibold underline underline-offset-2 hover:no-underline"
            >
              {entry.group.name}
            </button>
            <span>
              <span className="font-semibold tabular-nums">
                {entry.healthy} of {entry.total}
              </span>{' '}
              targets healthy
            </span>
            <span className="text-[var(--fg-soft)]">
              container {entry.containerName}:{entry.containerPort}
            </span>
          </p>
          {entry.total === 0 ? (
            <p className="mt-1 text-[var(--fg-soft)]">No targets registered yet.</p>
          ) : (
            <ul aria-label={`Targets of ${entry.group.name}`} className="mt-1">
              {entry.group.targets.map((target) => (
                <TargetItem key={`${target.id}:${target.port}`} target={target} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
