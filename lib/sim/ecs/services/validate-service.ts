import type { CommandError } from '../../core/types';
import type { LoadBalancerLink, TaskDefinition } from '../types';
import { refused, type World } from '../world';

/**
 * CreateService / UpdateService checks of the load balancer links (§5.2), in ECS's words as seen in
 * real API errors quoted in public issues (Terraform, CDK and console reports).
 */
export function loadBalancerProblem(
  world: World,
  def: TaskDefinition,
  links: readonly LoadBalancerLink[],
): CommandError | null {
  const invalid = (message: string): CommandError => refused(world, 'InvalidParameterException', message);
  for (const link of links) {
    const group = world.targetGroups.find((g) => g.arn === link.targetGroupArn);
    // ECS answers an unknown target group with its famous role message [observed, many reports].
    if (group === undefined)
      return invalid(
        'Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service role being passed has the proper permissions.',
      );
    if (group.loadBalancerArn === null)
      return invalid(
        `The target group with targetGroupArn ${group.arn} does not have an associated load balancer.`,
      );
    const container = def.containerDefinitions.find((c) => c.name === link.containerName);
    if (container === undefined)
      return invalid(`The container ${link.containerName} does not exist in the task definition.`);
    if (!container.portMappings.some((m) => m.containerPort === link.containerPort))
      return invalid(
        `The container ${link.containerName} did not have a container port ${link.containerPort} defined.`,
      );
    const awsvpc = def.networkMode === 'awsvpc';
    if (awsvpc !== (group.targetType === 'ip'))
      return invalid(
        `The provided target group ${group.arn} has target type ${group.targetType}, which is incompatible with the ${def.networkMode} network mode specified in the task definition.`,
      );
  }
  return null;
}
