import type { Deployment } from '@/lib/sim/ecs/types';
import { cn } from '@/lib/cn';
import type { EcsInspect } from '../inspect-target';
import { StateSymbol } from '../../state-symbol';
import { TONE_CLASSES } from '../../vm/status';
import type { DeploymentCounts } from './service-counts';
import { ROLLOUT_LOOK, taskDefinitionLabel } from './service-words';

function DeploymentItem({
  deployment,
  counts,
  onInspect,
}: {
  deployment: Deployment;
  counts: DeploymentCounts | undefined;
  onInspect: EcsInspect;
}) {
  const look = ROLLOUT_LOOK[deployment.rolloutState];
  const label = taskDefinitionLabel(deployment.taskDefinitionArn);
  return (
    <li className="rounded-lg border border-[var(--border)] bg-[var(--bg)] p-2">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-semibold">{deployment.status}</span>
        <span className={cn('flex items-center gap-1.5 font-semibold', TONE_CLASSES[look.tone].text)}>
          <StateSymbol name={look.symbol} />
          {look.label}
        </span>
        <button
          type="button"
          onClick={() => onInspect({ kind: 'task-definition', arn: deployment.taskDefinitionArn })}
          aria-label={`Task definition ${label}: show details`}
          className="text-accent-700 dark:text-accent-300 rounded font-mono underline underline-offset-2 hover:no-underline"
        >
          {label}
        </button>
      </p>
      <p className="mt-1 tabular-nums">
        Desired {counts?.desired ?? deployment.desiredCount} · pending {counts?.pending ?? 0} · running{' '}
        {counts?.running ?? 0} · failed tasks {counts?.failedTasks ?? deployment.failedTasks}
      </p>
      <p className="mt-1 break-words text-[var(--fg-soft)]">{deployment.rolloutStateReason}</p>
    </li>
  );
}

/** The service's deployments as ECS lists them: PRIMARY first, then any ACTIVE one still draining. */
export function DeploymentList({
  deployments,
  counts,
  onInspect,
}: {
  deployments: readonly Deployment[];
  counts: readonly DeploymentCounts[];
  onInspect: EcsInspect;
}) {
  return (
    <ul aria-label="Deployments" className="space-y-2">
      {deployments.map((deployment) => (
        <DeploymentItem
          key={deployment.id}
          deployment={deployment}
          counts={counts.find((item) => item.id === deployment.id)}
          onInspect={onInspect}
        />
      ))}
    </ul>
  );
}
