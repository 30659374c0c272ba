import { registryAuth } from '@/lib/sim/ecr/auth';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import type { Architecture, EcrState, LocalImage } from '@/lib/sim/ecr/types';
import { layerBarShare, shortId, UNPACKED_RATIO } from './picture-format';

/** The laptop half of the ECR picture: its CPU, its Docker login and its images as stacks of layers. */

export interface LayerModel {
  readonly digest: string;
  readonly short: string;
  readonly sizeBytes: number;
  readonly createdBy: string;
  /** Another image on the laptop has this very layer (same digest): stored once, used by both. */
  readonly shared: boolean;
  /** A repository in the registry already holds this blob: a push skips it. */
  readonly inRegistry: boolean;
  /** The bar's length, 0–1 of the widest (log scale). */
  readonly barShare: number;
}

export interface LocalImageModel {
  readonly imageId: string;
  readonly shortImageId: string;
  /** `repository:tag` names; empty for a dangling `<none>` image. */
  readonly tags: readonly string[];
  readonly architecture: Architecture;
  readonly base: string;
  /** Top layer first, base last: the order the picture stacks them (and `docker history` lists them). */
  readonly layers: readonly LayerModel[];
  readonly compressedBytes: number;
  /** What `docker images` shows as SIZE. */
  readonly unpackedBytes: number;
  /** Manifest digests it was pushed or pulled as (`repository@sha256:…`), short form. */
  readonly repoDigests: readonly string[];
  readonly createdAt: number;
}

export type LoginState =
  | { readonly status: 'none' }
  | { readonly status: 'expired' }
  | { readonly status: 'valid'; readonly expiresAt: number };

export interface LaptopModel {
  readonly architecture: Architecture;
  readonly cpu: string;
  readonly login: LoginState;
  /** Named images, newest first (at most `limit` unless all are asked for). */
  readonly images: readonly LocalImageModel[];
  /** Named images left out by the limit. */
  readonly hiddenImages: number;
  /** `<none>:<none>` images: left behind when a name moved to a newer build. */
  readonly danglingImages: number;
}

export const LAPTOP_IMAGE_LIMIT = 3;

export function cpuLabel(architecture: Architecture): string {
  return architecture === 'arm64' ? 'Apple silicon (arm64)' : 'Intel (amd64)';
}

function loginState(state: EcrState): LoginState {
  const problem = registryAuth(state);
  if (problem !== null) return { status: problem };
  const login = state.logins.find((entry) => entry.registry === REGISTRY_HOST);
  return { status: 'valid', expiresAt: login?.expiresAt ?? 0 };
}

function imageModel(
  image: LocalImage,
  layerUse: ReadonlyMap<string, number>,
  stored: ReadonlySet<string>,
): LocalImageModel {
  const compressedBytes = image.layers.reduce((sum, layer) => sum + layer.sizeBytes, 0);
  return {
    imageId: image.imageId,
    shortImageId: shortId(image.imageId),
    tags: image.repoTags,
    architecture: image.config.architecture,
    base: image.base,
    layers: [...image.layers].reverse().map((layer) => ({
      digest: layer.digest,
      short: shortId(layer.digest),
      sizeBytes: layer.sizeBytes,
      createdBy: layer.createdBy,
      shared: (layerUse.get(layer.digest) ?? 0) > 1,
      inRegistry: stored.has(layer.digest),
      barShare: layerBarShare(layer.sizeBytes),
    })),
    compressedBytes,
    unpackedBytes: compressedBytes * UNPACKED_RATIO,
    repoDigests: image.repoDigests.map((entry) => shortId(entry.slice(entry.indexOf('@') + 1))),
    createdAt: image.createdAt,
  };
}

/**
 * The laptop as the picture draws it. Images newest first, as `docker images` lists them; a layer
 * is "shared" when two images on the laptop have it (Docker stores it once), and "in ECR" when a
 * repository already holds it, so the next push only uploads the others.
 */
export function buildLaptop(state: EcrState, showAll = false): LaptopModel {
  const layerUse = new Map<string, number>();
  for (const image of state.localImages)
    for (const digest of new Set(image.layers.map((layer) => layer.digest)))
      layerUse.set(digest, (layerUse.get(digest) ?? 0) + 1);
  const stored = new Set(
    state.repositories.flatMap((repository) => repository.blobs.map((blob) => blob.digest)),
  );
  const newestFirst = state.localImages
    .map((image, index) => ({ image, index }))
    .sort((a, b) => b.image.createdAt - a.image.createdAt || b.index - a.index)
    .map(({ image }) => image);
  const named = newestFirst.filter((image) => image.repoTags.length > 0);
  const shown = showAll ? named : named.slice(0, LAPTOP_IMAGE_LIMIT);
  return {
    architecture: state.hostArchitecture,
    cpu: cpuLabel(state.hostArchitecture),
    login: loginState(state),
    images: shown.map((image) => imageModel(image, layerUse, stored)),
    hiddenImages: named.length - shown.length,
    danglingImages: newestFirst.length - named.length,
  };
}
