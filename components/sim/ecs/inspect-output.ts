import { awsJson } from '@/lib/cli/ecs/format/aws-json';
import { containerInstanceJson } from '@/lib/cli/ecs/format/container-instance-json';
import { targetHealthJson } from '@/lib/cli/ecs/format/elbv2-json';
import { reservationsJson } from '@/lib/cli/ecs/format/instance-json';
import { serviceJson } from '@/lib/cli/ecs/format/service-json';
import { taskDefinitionJson } from '@/lib/cli/ecs/format/task-definition-json';
import { taskJson } from '@/lib/cli/ecs/format/task-json';
import { describeClustersJson } from '@/lib/cli/ecs/services/ecs-clusters';
import type { EcsState } from '@/lib/sim/ecs/types';
import type { EcsInspectTarget } from './inspect-target';
import { taskDefinitionLabel } from './labels';

export interface EcsInspectOutput {
  /** The command a learner would type to see this. */
  readonly command: string;
  /** What that command prints, built by the console's own formatters (lib/cli/ecs/format). */
  readonly output: string;
}

/** Prefers the live object with a name over one kept after it went INACTIVE, as ECS's lookups do. */
function latestActive<T extends { readonly status: string }>(candidates: readonly T[]): T | undefined {
  return candidates.find((candidate) => candidate.status !== 'INACTIVE') ?? candidates.at(-1);
}

/**
 * What the inspector shows for an object of the picture: the command and the JSON the console
 * prints for it now (the same calls as the console's describe-* operations), or null once the
 * object is gone (a stopped task after its hour, a deleted service…).
 */
export function inspectOutput(state: EcsState, target: EcsInspectTarget): EcsInspectOutput | null {
  switch (target.kind) {
    case 'task': {
      const task = state.tasks.find((candidate) => candidate.id === target.id);
      if (task === undefined) return null;
      return {
        command: `aws ecs describe-tasks --cluster ${task.cluster} --tasks ${task.id}`,
        output: awsJson({ tasks: [taskJson(task, state)], failures: [] }),
      };
    }
    case 'container-instance': {
      const ci = state.containerInstances.find((candidate) => candidate.id === target.id);
      if (ci === undefined) return null;
      return {
        command: `aws ecs describe-container-instances --cluster ${ci.cluster} --container-instances ${ci.id}`,
        output: awsJson({ containerInstances: [containerInstanceJson(ci, state)], failures: [] }),
      };
    }
    case 'ec2-instance': {
      const instance = state.instances.find((candidate) => candidate.id === target.id);
      if (instance === undefined) return null;
      return {
        command: `aws ec2 describe-instances --instance-ids ${instance.id}`,
        output: awsJson({ Reservations: reservationsJson([instance]) }),
      };
    }
    case 'service': {
      const service = latestActive(
        state.services.filter(
          (candidate) => candidate.cluster === target.cluster && candidate.name === target.name,
        ),
      );
      if (service === undefined) return null;
      return {
        command: `aws ecs describe-services --cluster ${service.cluster} --services ${service.name}`,
        output: awsJson({ services: [serviceJson(service, state)], failures: [] }),
      };
    }
    case 'cluster': {
      if (!state.clusters.some((cluster) => cluster.name === target.name)) return null;
      return {
        command: `aws ecs describe-clusters --clusters ${target.name}`,
        output: awsJson(describeClustersJson(state, [target.name])),
      };
    }
    case 'task-definition': {
      const definition = state.taskDefinitions.find((candidate) => candidate.arn === target.arn);
      if (definition === undefined) return null;
      return {
        command: `aws ecs describe-task-definition --task-definition ${taskDefinitionLabel(definition.arn)}`,
        output: awsJson({ taskDefinition: taskDefinitionJson(definition) }),
      };
    }
    case 'target-group': {
      const group = state.targetGroups.find((candidate) => candidate.arn === target.arn);
      if (group === undefined) return null;
      return {
        command: `aws elbv2 describe-target-health --target-group-arn ${group.arn}`,
        output: awsJson({
          TargetHealthDescriptions: group.targets.map((item) => targetHealthJson(item, group.targetType)),
        }),
      };
    }
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}
