import type { CommandError } from '../../core/types';
import { ACCOUNT_ID, REGION } from '../catalog';
import type { EcsState, TaskDefinition } from '../types';

/**
 * Finding a task definition from what a caller wrote (reference §2.2): `family` (the latest
 * ACTIVE revision), `family:revision`, or the full ARN
 * `arn:aws:ecs:us-east-1:123456789012:task-definition/family:revision`.
 */

export type TaskDefinitionRef =
  | { readonly kind: 'family'; readonly family: string }
  | { readonly kind: 'revision'; readonly family: string; readonly revision: number }
  /** A revision part that is not a whole number (`web:latest`, `web:3}`). */
  | { readonly kind: 'bad-revision' };

const ARN = /^arn:aws:ecs:([a-z0-9-]+):(\d{12}):task-definition\/(.*)$/;

export function parseTaskDefinitionRef(ref: string): TaskDefinitionRef {
  const arn = ARN.exec(ref);
  // An ARN of another Region or account names nothing here; keep it unmatchable.
  const body =
    arn === null ? ref : arn[1] === REGION && arn[2] === ACCOUNT_ID ? (arn[3] ?? '') : `\u0000${ref}`;
  const colon = body.lastIndexOf(':');
  if (colon < 0) return { kind: 'family', family: body };
  const revision = body.slice(colon + 1);
  if (!/^[1-9]\d{0,9}$/.test(revision)) return { kind: 'bad-revision' };
  return { kind: 'revision', family: body.slice(0, colon), revision: Number(revision) };
}

/** The latest ACTIVE revision of a family (what a bare family name means), if any. */
export function latestActiveRevision(
  state: Pick<EcsState, 'taskDefinitions'>,
  family: string,
): TaskDefinition | undefined {
  let latest: TaskDefinition | undefined;
  for (const def of state.taskDefinitions) {
    if (
      def.family === family &&
      def.status === 'ACTIVE' &&
      (latest === undefined || def.revision > latest.revision)
    )
      latest = def;
  }
  return latest;
}

function find(
  state: Pick<EcsState, 'taskDefinitions'>,
  family: string,
  revision: number,
): TaskDefinition | undefined {
  return state.taskDefinitions.find((def) => def.family === family && def.revision === revision);
}

export type Resolved =
  | { readonly ok: true; readonly definition: TaskDefinition }
  | { readonly ok: false; readonly error: CommandError };

/**
 * The ACTIVE definition RunTask, CreateService and UpdateService may use, or their error:
 * `TaskDefinition not found.` (ClientException, observed on CreateService: Cloud-CV/EvalAI#2419,
 * remind101/empire#353), `TaskDefinition is inactive` (InvalidParameterException, observed on
 * RunTask: DefangLabs/defang#775; §2.5: INACTIVE revisions cannot start new tasks), and
 * `Invalid revision number.` (InvalidParameterException, hashicorp/terraform-provider-aws#30313).
 */
export function resolveTaskDefinition(state: Pick<EcsState, 'taskDefinitions'>, ref: string): Resolved {
  const parsed = parseTaskDefinitionRef(ref);
  if (parsed.kind === 'bad-revision')
    return { ok: false, error: { code: 'InvalidParameterException', message: 'Invalid revision number.' } };
  const definition =
    parsed.kind === 'family'
      ? latestActiveRevision(state, parsed.family)
      : find(state, parsed.family, parsed.revision);
  if (definition === undefined)
    return { ok: false, error: { code: 'ClientException', message: 'TaskDefinition not found.' } };
  if (definition.status !== 'ACTIVE')
    return { ok: false, error: { code: 'InvalidParameterException', message: 'TaskDefinition is inactive' } };
  return { ok: true, definition };
}

/** DescribeTaskDefinition's refusal (observed: getmoto/moto#5910, sil-org/ecs-deploy#145). */
export const UNABLE_TO_DESCRIBE = 'Unable to describe task definition.';

/**
 * The definition DescribeTaskDefinition shows, ACTIVE or INACTIVE (§2.5: an INACTIVE revision can
 * still be described); a bare family means its latest ACTIVE revision.
 */
export function describeTaskDefinitionRef(state: Pick<EcsState, 'taskDefinitions'>, ref: string): Resolved {
  const parsed = parseTaskDefinitionRef(ref);
  const definition =
    parsed.kind === 'family'
      ? latestActiveRevision(state, parsed.family)
      : parsed.kind === 'revision'
        ? find(state, parsed.family, parsed.revision)
        : undefined;
  return definition === undefined
    ? { ok: false, error: { code: 'ClientException', message: UNABLE_TO_DESCRIBE } }
    : { ok: true, definition };
}
