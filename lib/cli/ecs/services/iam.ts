import { policyArn, roleArn } from '../../../sim/ecs/catalog';
import type { EcsState, IamRole } from '../../../sim/ecs/types';
import { closestWord, didYouMean } from '../../suggest';
import { isoTimestamp } from '../format/aws-json';
import { derivedHex } from '../format/derived-ids';
import { apiError, dispatch, param, printJson, str, type Operation } from '../operation';

/** `aws iam`: the account's roles and the managed policies attached to them. */

export function roleHint(state: EcsState, name?: string): string {
  const names = state.roles.map((role) => role.name);
  return didYouMean(name === undefined ? null : closestWord(name, names), `Roles here: ${names.join(', ')}.`);
}

function roleJson(role: IamRole): Record<string, unknown> {
  return {
    Path: '/',
    RoleName: role.name,
    RoleId: `AROA${derivedHex(role.name, 17).toUpperCase()}`,
    Arn: roleArn(role.name),
    CreateDate: isoTimestamp(0),
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: role.trustedService }, Action: 'sts:AssumeRole' }],
    },
    MaxSessionDuration: 3600,
  };
}

const noSuchRole = (api: string, state: EcsState, name: string) =>
  apiError(api, 'NoSuchEntity', `The role with name ${name} cannot be found.`, roleHint(state, name));

function policyChange(
  name: string,
  api: 'AttachRolePolicy' | 'DetachRolePolicy',
  summary: string,
): Operation {
  return {
    name,
    api,
    summary,
    params: [
      param('--role-name', 'RoleName', 'string', true),
      param('--policy-arn', 'PolicyArn', 'string', true),
    ],
    run(input, { state }) {
      const roleName = str(input, 'RoleName') ?? '';
      return dispatch(
        api,
        { type: api, roleName, policyArn: str(input, 'PolicyArn') ?? '' },
        () => '',
        (error) =>
          /role/i.test(error.message)
            ? roleHint(state, roleName)
            : `managed policy ARNs look like ${policyArn('AmazonECSTaskExecutionRolePolicy')}.`,
      );
    },
  };
}

const listAttachedRolePolicies: Operation = {
  name: 'list-attached-role-policies',
  api: 'ListAttachedRolePolicies',
  summary: 'list the managed policies attached to a role',
  params: [param('--role-name', 'RoleName', 'string', true)],
  run(input, { state }) {
    const name = str(input, 'RoleName') ?? '';
    const role = state.roles.find((candidate) => candidate.name === name);
    if (role === undefined) return noSuchRole('ListAttachedRolePolicies', state, name);
    return printJson({
      AttachedPolicies: role.policies.map((policy) => ({ PolicyName: policy, PolicyArn: policyArn(policy) })),
    });
  },
};

const getRole: Operation = {
  name: 'get-role',
  api: 'GetRole',
  summary: 'show a role and who may assume it',
  params: [param('--role-name', 'RoleName', 'string', true)],
  run(input, { state }) {
    const name = str(input, 'RoleName') ?? '';
    const role = state.roles.find((candidate) => candidate.name === name);
    if (role === undefined) return noSuchRole('GetRole', state, name);
    return printJson({ Role: { ...roleJson(role), RoleLastUsed: {} } });
  },
};

const listRoles: Operation = {
  name: 'list-roles',
  api: 'ListRoles',
  summary: 'list the roles in the account',
  params: [param('--path-prefix', 'PathPrefix', 'string')],
  run: (_input, { state }) => printJson({ Roles: state.roles.map(roleJson) }),
};

export const IAM_OPERATIONS: readonly Operation[] = [
  policyChange('attach-role-policy', 'AttachRolePolicy', 'attach a managed policy to a role'),
  policyChange('detach-role-policy', 'DetachRolePolicy', 'detach a managed policy from a role'),
  listAttachedRolePolicies,
  getRole,
  listRoles,
];
