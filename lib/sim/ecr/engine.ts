import type { Engine, Step } from '../core/types';
import { seedRng } from '../core/rng';
import { parseEcrCommand, type EcrCommand } from './commands';
import { dockerBuild } from './docker-build';
import { dockerLogin, dockerPull, dockerPush, dockerRmi, dockerTag } from './docker-ops';
import { checkEcrInvariants } from './invariants';
import { deleteLifecyclePolicy, putLifecyclePolicy, startLifecyclePolicyPreview } from './lifecycle-runs';
import {
  batchDeleteImage,
  createRepository,
  deleteRepository,
  putImageScanningConfiguration,
  putImageTagMutability,
  startImageScan,
} from './repositories';
import { done, event } from './step';
import { nextChangeAt, tick } from './tick';
import type { EcrState } from './types';

/** A laptop with Docker (Intel by default) and an empty private registry. */
export function initEcrSim(seed: number): EcrState {
  return { now: 0, seed, rng: seedRng(seed), hostArchitecture: 'amd64', localImages: [], buildCache: [], logins: [], repositories: [] };
}

export function applyEcrCommand(state: EcrState, command: EcrCommand): Step<EcrState> {
  switch (command.type) {
    case 'DockerBuild':
      return dockerBuild(state, command);
    case 'DockerTag':
      return dockerTag(state, command);
    case 'DockerPush':
      return dockerPush(state, command);
    case 'DockerPull':
      return dockerPull(state, command);
    case 'DockerRmi':
      return dockerRmi(state, command);
    case 'DockerLogin':
      return dockerLogin(state, command);
    case 'SetHostArchitecture':
      return done({ ...state, hostArchitecture: command.architecture }, [
        event(state.now, 'laptop', 'info', `The laptop is now ${command.architecture === 'arm64' ? 'an Apple silicon (arm64)' : 'an Intel (amd64)'} machine`),
      ]);
    case 'CreateRepository':
      return createRepository(state, command);
    case 'DeleteRepository':
      return deleteRepository(state, command);
    case 'BatchDeleteImage':
      return batchDeleteImage(state, command);
    case 'PutImageTagMutability':
      return putImageTagMutability(state, command);
    case 'PutImageScanningConfiguration':
      return putImageScanningConfiguration(state, command);
    case 'StartImageScan':
      return startImageScan(state, command);
    case 'PutLifecyclePolicy':
      return putLifecyclePolicy(state, command);
    case 'DeleteLifecyclePolicy':
      return deleteLifecyclePolicy(state, command);
    case 'StartLifecyclePolicyPreview':
      return startLifecyclePolicyPreview(state, command);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** Docker images and Amazon ECR: build, tag, push and pull; repositories, scans and lifecycle policies. */
export const ecrEngine: Engine<EcrState, EcrCommand> = {
  id: 'ecr',
  version: 1,
  title: 'Docker images and Amazon ECR',
  init: initEcrSim,
  apply: applyEcrCommand,
  tick,
  nextChangeAt,
  parseCommand: parseEcrCommand,
  checkInvariants: checkEcrInvariants,
  // Lifecycle policies count days, and a tick only visits scans, previews and daily runs.
  maxSharedMs: 62 * 24 * 3_600_000,
};
