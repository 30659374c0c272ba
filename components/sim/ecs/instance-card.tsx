'use client';

import { memo } from 'react';
import { cn } from '@/lib/cn';
import type { ContainerInstance, Ec2Instance, Task } from '@/lib/sim/ecs/types';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES, type StateLook } from '../vm/status';
import { EC2_STATE_LOOK, agentWords, registrationLook } from './instance-status';
import type { EcsInspect } from './inspect-target';
import { formatCount } from './labels';
import type { PictureMode } from './picture-mode';
import { ResourceBar } from './resource-bar';
import { TaskList } from './task-list';

function Status({ look, prefix }: { look: StateLook; prefix: string }) {
  return (
    <span className={cn('flex items-center gap-1 font-semibold', TONE_CLASSES[look.tone].text)}>
      <StateSymbol name={look.symbol} />
      <span>
        <span className="sr-only">{prefix} </span>
        {look.label}
      </span>
    </span>
  );
}

/** What the agent registered and what tasks hold of it: CPU, memory, host ports, ENIs. */
function Resources({ ci }: { ci: ContainerInstance }) {
  const taskPorts = [...ci.reserved.ports].sort((a, b) => a - b);
  return (
    <div className="mt-1.5 space-y-1">
      <ResourceBar label="CPU" reserved={ci.reserved.cpu} registered={ci.registered.cpu} unit="units" />
      <ResourceBar
        label="Memory"
        reserved={ci.reserved.memory}
        registered={ci.registered.memory}
        unit="MiB"
      />
      <p className="text-sm wrap-anywhere">
        <span className="font-semibold">Host ports</span> held by tasks:{' '}
        {taskPorts.length === 0 ? 'none' : taskPorts.join(', ')}
        <span className="text-[var(--fg-soft)]"> · by the agent: {ci.registered.ports.join(', ')}</span>
      </p>
      <p className="text-sm">
        <span className="font-semibold">ENIs</span> (awsvpc): {formatCount(ci.reserved.enis)} /{' '}
        {formatCount(ci.registered.enis)} used
      </p>
    </div>
  );
}

/**
 * One EC2 instance of the cluster: id and type (a button: describe-container-instances once the
 * agent registered, describe-instances before), EC2 state, container instance status, agent,
 * resources registered vs reserved, and its tasks. Memoised on objects the engine keeps identical
 * while they do not change.
 */
export const InstanceCard = memo(function InstanceCard({
  instance,
  containerInstance,
  tasks,
  mode,
  onInspect,
}: {
  instance: Ec2Instance;
  containerInstance: ContainerInstance | null;
  tasks: readonly Task[];
  mode: PictureMode;
  onInspect: EcsInspect;
}) {
  const ec2Look = EC2_STATE_LOOK[instance.state];
  const registration = registrationLook(instance, containerInstance);
  const down = instance.state !== 'running' && instance.state !== 'pending';
  return (
    <article
      aria-label={`EC2 instance ${instance.id}`}
      className={cn(
        'min-w-0 rounded-lg border-2 bg-[var(--bg)] p-2',
        down ? 'border-dashed border-[var(--fg-soft)]' : 'border-[var(--border)]',
      )}
    >
      <button
        type="button"
        onClick={() =>
          onInspect(
            containerInstance === null
              ? { kind: 'ec2-instance', id: instance.id }
              : { kind: 'container-instance', id: containerInstance.id },
          )
        }
        aria-label={`${containerInstance === null ? 'EC2 instance' : 'Container instance on'} ${instance.id}, ${instance.instanceType}. Show ${containerInstance === null ? 'describe-instances' : 'describe-container-instances'}`}
        className="flex w-full min-w-0 flex-wrap items-baseline justify-between gap-x-2 rounded-md text-left"
      >
        <span className="text-accent-700 dark:text-accent-300 min-w-0 font-mono text-sm font-semibold break-all underline underline-offset-2">
          {instance.id}
        </span>
        <span className="text-sm text-[var(--fg-soft)]">{instance.instanceType}</span>
      </button>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-sm">
        <Status look={ec2Look} prefix="EC2 state" />
        <Status look={registration} prefix="Container instance status" />
      </p>
      <p className="text-sm text-[var(--fg-soft)]">
        {agentWords(instance, containerInstance)}
        {instance.agentError !== null && containerInstance === null && (
          <span className="block wrap-anywhere text-red-700 dark:text-red-300">{instance.agentError}</span>
        )}
      </p>
      {containerInstance !== null && <Resources ci={containerInstance} />}
      {containerInstance !== null && (
        <button
          type="button"
          onClick={() => onInspect({ kind: 'ec2-instance', id: instance.id })}
          aria-label={`EC2 instance ${instance.id}: show describe-instances`}
          className="text-accent-700 dark:text-accent-300 mt-1 text-sm underline"
        >
          EC2 instance
        </button>
      )}
      <div className="mt-1.5">
        <TaskList tasks={tasks} mode={mode} label={`Tasks on ${instance.id}`} onInspect={onInspect} />
        {tasks.length === 0 && <p className="text-sm text-[var(--fg-soft)]">No tasks</p>}
      </div>
    </article>
  );
});
