import { DEFAULT_SUBNETS } from '../ecs/catalog';
import { pickInRange } from '../core/rng';
import type { CommandError } from '../core/types';
import { FARGATE_PROFILE_LABEL } from './fargate-pods';
import { FARGATE_PROFILE_CHANGE_MS } from './figures';
import { podUid } from './names';
import { nodeAnswers } from './nodes';
import { deletePod } from './pods';
import type { EksState, FargateProfile, FargateSelector } from './types';
import { logEvent, type World } from './world';

/**
 * `aws eks create-fargate-profile` and `delete-fargate-profile`: a profile is CREATING for a couple
 * of minutes, then ACTIVE; deleting it deletes the pods it put on Fargate. EKS changes one profile
 * at a time in a cluster, and says so.
 */

export interface FargateProfileRequest {
  readonly clusterName: string;
  readonly fargateProfileName: string;
  readonly podExecutionRoleArn: string;
  readonly subnets: readonly string[];
  readonly selectors: readonly FargateSelector[];
}

function clusterNotFound(name: string): CommandError {
  return { code: 'ResourceNotFoundException', message: `No cluster found for name: ${name}.` };
}

/** The profile that is changing, which blocks another change (observed: `Cannot create Fargate Profile …`). */
function busy(world: World, verb: 'create' | 'delete', name: string): CommandError | null {
  const changing = world.fargateProfiles.find((profile) => profile.status !== 'ACTIVE');
  if (changing === undefined) return null;
  return {
    code: 'ResourceInUseException',
    message: `Cannot ${verb} Fargate Profile ${name} because cluster ${world.cluster?.name ?? ''} currently has Fargate profile ${changing.name} in status ${changing.status}`,
  };
}

function changeTime(world: World): number {
  const [ms, rng] = pickInRange(world.rng, FARGATE_PROFILE_CHANGE_MS);
  world.rng = rng;
  // A profile made while the control plane is still being created becomes ACTIVE after it.
  return Math.max(world.now, world.cluster?.activeAt ?? world.now) + ms;
}

export function createFargateProfile(world: World, request: FargateProfileRequest): CommandError | null {
  const cluster = world.cluster;
  if (cluster === null || cluster.name !== request.clusterName) return clusterNotFound(request.clusterName);
  if (world.fargateProfiles.some((profile) => profile.name === request.fargateProfileName))
    return {
      code: 'ResourceInUseException',
      message: 'A Fargate Profile already exists with this name in this cluster.',
    };
  const unknownSubnet = request.subnets.find((id) => !DEFAULT_SUBNETS.some((subnet) => subnet.id === id));
  if (unknownSubnet !== undefined)
    return { code: 'InvalidParameterException', message: `The subnet ID '${unknownSubnet}' does not exist` };
  const blocked = busy(world, 'create', request.fargateProfileName);
  if (blocked !== null) return blocked;
  const [id, rng] = podUid(world.rng);
  world.rng = rng;
  const profile: FargateProfile = {
    name: request.fargateProfileName,
    id,
    podExecutionRoleArn: request.podExecutionRoleArn,
    subnets: request.subnets,
    selectors: request.selectors,
    status: 'CREATING',
    createdAt: world.now,
    changesAt: changeTime(world),
  };
  world.fargateProfiles.push(profile);
  logEvent(
    world,
    'fargate-profile-creating',
    `Fargate profile ${profile.name} is CREATING: pods created in ${profile.selectors.map((selector) => selector.namespace).join(', ')} once it is ACTIVE will run on Fargate`,
  );
  return null;
}

export function deleteFargateProfile(world: World, clusterName: string, name: string): CommandError | null {
  const cluster = world.cluster;
  if (cluster === null || cluster.name !== clusterName) return clusterNotFound(clusterName);
  const profile = world.fargateProfiles.find((candidate) => candidate.name === name);
  if (profile === undefined)
    return { code: 'ResourceNotFoundException', message: `No Fargate Profile found with name: ${name}.` };
  const blocked = busy(world, 'delete', name);
  if (blocked !== null) return blocked;
  world.fargateProfiles = world.fargateProfiles.map((candidate) =>
    candidate === profile ? { ...profile, status: 'DELETING', changesAt: changeTime(world) } : candidate,
  );
  // EKS User Guide: deleting a profile deletes the pods it scheduled onto Fargate.
  for (const pod of [...world.pods])
    if (pod.spec.schedulerName === 'fargate-scheduler' && pod.labels[FARGATE_PROFILE_LABEL] === name)
      deletePod(world, pod, nodeAnswers(world, pod.nodeName));
  logEvent(world, 'fargate-profile-deleting', `Fargate profile ${name} is DELETING: its pods are deleted`);
  return null;
}

/** Profiles that finished changing: CREATING becomes ACTIVE (once the cluster is), DELETING is gone. */
export function advanceFargateProfiles(world: World): void {
  for (const profile of [...world.fargateProfiles]) {
    if (profile.changesAt > world.now) continue;
    if (profile.status === 'CREATING' && world.cluster?.status === 'ACTIVE') {
      world.fargateProfiles = world.fargateProfiles.map((candidate) =>
        candidate === profile ? { ...profile, status: 'ACTIVE' } : candidate,
      );
      logEvent(world, 'fargate-profile-active', `Fargate profile ${profile.name} is ACTIVE`, 'success');
    } else if (profile.status === 'DELETING') {
      world.fargateProfiles = world.fargateProfiles.filter((candidate) => candidate !== profile);
      logEvent(world, 'fargate-profile-deleted', `Fargate profile ${profile.name} was deleted`);
    }
  }
}

export function nextFargateProfileChangeAt(state: Pick<EksState, 'fargateProfiles' | 'now'>): number | null {
  const times = state.fargateProfiles
    .filter((profile) => profile.status !== 'ACTIVE' && profile.changesAt > state.now)
    .map((profile) => profile.changesAt);
  return times.length === 0 ? null : Math.min(...times);
}
