import type { ReactNode } from 'react';
import { DEFAULT_SERVICE_STRATEGIES } from '@/lib/sim/ecs/placement';
import type { ScalableTarget, Service } from '@/lib/sim/ecs/types';
import type { EcsInspect } from '../inspect-target';
import { scalingText } from './scaling-summary';
import {
  circuitBreakerText,
  launchText,
  placementText,
  taskDefinitionLabel,
  usesPlacement,
} from './service-words';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col sm:flex-row sm:gap-3">
      <dt className="shrink-0 text-[var(--fg-soft)] sm:w-44">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** What the service is configured to do, as terms and values that wrap on a phone. */
export function ServiceFacts({
  service,
  scaling,
  onInspect,
}: {
  service: Service;
  scaling: ScalableTarget | null;
  onInspect: EcsInspect;
}) {
  const placement = placementText(
    service.placementStrategy,
    service.placementConstraints,
    DEFAULT_SERVICE_STRATEGIES,
  );
  const label = taskDefinitionLabel(service.taskDefinitionArn);
  return (
    <dl className="space-y-1.5">
      <Fact term="Scheduling strategy">{service.schedulingStrategy}</Fact>
      <Fact term="Runs on">{launchText(service.launchType, service.capacityProviderStrategy)}</Fact>
      <Fact term="Task definition">
        <button
          type="button"
          onClick={() => onInspect({ kind: 'task-definition', arn: service.taskDefinitionArn })}
          aria-label={`Task definition ${label}: show details`}
          className="text-accent-700 dark:text-accent-300 rounded font-mono underline underline-offset-2 hover:no-underline"
        >
          {label}
        </button>
      </Fact>
      {usesPlacement(service.launchType, service.capacityProviderStrategy) && (
        <>
          <Fact term="Placement strategy">
            {/* DAEMON: one task per ACTIVE instance meeting the constraints, no strategies (§5.1). */}
            {service.schedulingStrategy === 'DAEMON'
              ? 'One task on each ACTIVE container instance that meets the constraints'
              : placement.strategy}
          </Fact>
          <Fact term="Placement constraints">{placement.constraints}</Fact>
        </>
      )}
      <Fact term="Circuit breaker">{circuitBreakerText(service.deploymentConfiguration.circuitBreaker)}</Fact>
      {scaling !== null && <Fact term="Service auto scaling">{scalingText(scaling)}</Fact>}
    </dl>
  );
}
