import type { CommandError } from '../core/types';
import { MANAGED_POLICIES } from './catalog';
import { emit, refused, type World } from './world';

const MANAGED_ARN = /^arn:aws:iam::aws:policy\/(?:service-role\/)?([\w+=,.@-]+)$/;

function policyName(world: World, policyArn: string): { ok: true; name: string } | { ok: false; error: CommandError } {
  const name = MANAGED_ARN.exec(policyArn)?.[1];
  if (name === undefined || MANAGED_POLICIES[name] === undefined)
    return { ok: false, error: refused(world, 'NoSuchEntity', `Policy ${policyArn} does not exist or is not attachable.`) };
  return { ok: true, name };
}

/** AttachRolePolicy / DetachRolePolicy for the managed policies the simulator knows. */
export function changeRolePolicy(world: World, roleName: string, policyArn: string, attach: boolean): CommandError | null {
  const role = world.roles.find((r) => r.name === roleName);
  if (role === undefined) return refused(world, 'NoSuchEntity', `The role with name ${roleName} cannot be found.`);
  const policy = policyName(world, policyArn);
  if (!policy.ok) return policy.error;
  const has = role.policies.includes(policy.name);
  if (!attach && !has) return refused(world, 'NoSuchEntity', `Policy ${policyArn} was not found.`);
  if (attach === has) return null;
  const policies = attach ? [...role.policies, policy.name] : role.policies.filter((p) => p !== policy.name);
  world.roles = world.roles.map((r) => (r === role ? { ...r, policies } : r));
  emit(world, attach ? 'role-policy-attached' : 'role-policy-detached', 'info', `IAM: ${policy.name} ${attach ? 'attached to' : 'detached from'} role ${roleName}`);
  return null;
}

const LOG_GROUP_NAME = /^[\w\-/.#]{1,512}$/;

export function createLogGroup(world: World, name: string): CommandError | null {
  if (!LOG_GROUP_NAME.test(name))
    return refused(world, 'InvalidParameterException', `1 validation error detected: Value '${name}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`);
  if (world.logGroups.includes(name)) return refused(world, 'ResourceAlreadyExistsException', 'The specified log group already exists');
  world.logGroups.push(name);
  emit(world, 'log-group-created', 'info', `CloudWatch Logs: log group ${name} created`);
  return null;
}
