import type { SimEvent, Step } from '../../core/types';
import { digestOf } from '../../ecr/hash';
import { ACCOUNT_ID, REGION } from '../../ecr/figures';
import type { EcrState, RegistryImage, Repository } from '../../ecr/types';
import { ECR_REGISTRY } from '../catalog';
import { IMAGE_CATALOG } from '../images';
import type { EcsState } from '../types';

/**
 * The ECS account's own ECR registry and the learner's laptop (the ECR simulator's state, lib/sim/ecr,
 * without its clock): what `docker` and `aws ecr` change in the ECS console, and where tasks find
 * the images the learner pushed. A fresh account holds the catalogue's private repositories.
 */
export type RegistryPart = Omit<EcrState, 'now' | 'seed' | 'rng'>;

function catalogRepositories(): Repository[] {
  const names = [...new Set(IMAGE_CATALOG.filter((image) => image.registry === 'ecr-private').map((image) => image.repository.slice(ECR_REGISTRY.length + 1)))];
  return names.map((name) => {
    const images: RegistryImage[] = IMAGE_CATALOG.filter((image) => image.repository === `${ECR_REGISTRY}/${name}`).map((image) => ({
      digest: digestOf(`dockyard catalogue image ${image.repository}:${image.tags.join(',')}`),
      tags: [...image.tags],
      mediaType: image.architectures.length > 1 ? 'index' : 'manifest',
      architecture: image.architectures.length > 1 ? null : (image.architectures[0] ?? 'amd64'),
      children: [],
      layerDigests: [],
      sizeBytes: Math.round(image.sizeMB * 1_000_000),
      pushedAt: 0,
      lastPulledAt: null,
      storageClass: 'standard',
      archivedAt: null,
      scan: null,
      image: null,
    }));
    return {
      name,
      arn: `arn:aws:ecr:${REGION}:${ACCOUNT_ID}:repository/${name}`,
      uri: `${ECR_REGISTRY}/${name}`,
      createdAt: 0,
      tagMutability: 'MUTABLE',
      scanOnPush: false,
      images,
      blobs: [],
      lifecyclePolicy: null,
      lifecyclePreview: null,
    };
  });
}

let initial: RegistryPart | null = null;

export function registryOf(state: Pick<EcsState, 'ecr'>): RegistryPart {
  // Built on first use: images.ts and this module import each other.
  initial ??= { hostArchitecture: 'amd64', localImages: [], buildCache: [], logins: [], repositories: catalogRepositories() };
  return state.ecr ?? initial;
}

/** The registry and laptop as the ECR engine sees them, on the ECS clock. */
export function registryView(state: EcsState): EcrState {
  return { ...registryOf(state), now: state.now, seed: state.seed, rng: state.rng };
}

/** Folds an ECR step back into the ECS state (the registry part and the shared PRNG). */
export function withRegistryStep(state: EcsState, step: Step<EcrState>): Step<EcsState> {
  const { now: _now, seed: _seed, rng, ...ecr } = step.state;
  const events: readonly SimEvent[] = step.events;
  return { ...step, state: { ...state, rng, ecr }, events };
}
