import type { Json } from '../core/types';
import { authMessage, registryAuth } from './auth';
import { indexFor } from './manifests';
import type { ImageRef } from './image-refs';
import { isOwnRegistry } from './image-refs';
import { addBlobs, findRepository, imageByTag, manifestImage, putImage, replaceRepository } from './registry-images';
import { startScan } from './scans';
import { ACCOUNT_ID } from './figures';
import type { EcrState, PlatformImage, RegistryImage, Repository } from './types';

/**
 * `docker push` to ECR (§8.2–8.3): the registry is asked which layers it has, missing layers are
 * uploaded, then the manifest is put and bound to the tag. Refusals use the registry's words.
 */
export interface PushReport {
  readonly repository: string;
  readonly tag: string;
  /** Top layer first, as docker prints them. */
  readonly layers: readonly { readonly digest: string; readonly status: 'Pushed' | 'Layer already exists' }[];
  readonly digest: string;
  readonly size: number;
  readonly [key: string]: Json;
}

export type PushResult =
  | { readonly ok: true; readonly state: EcrState; readonly report: PushReport }
  | { readonly ok: false; readonly code: string; readonly message: string };

function refusal(code: string, message: string): PushResult {
  return { ok: false, code, message };
}

function immutableProblem(repository: Repository, tag: string, digest: string): string | null {
  const existing = imageByTag(repository, tag);
  if (repository.tagMutability !== 'IMMUTABLE' || existing === undefined || existing.digest === digest) return null;
  return `tag invalid: The image tag '${tag}' already exists in the '${repository.name}' repository and cannot be overwritten because the repository is immutable.`;
}

function withScan(state: EcrState, repository: Repository, image: RegistryImage): { state: EcrState; image: RegistryImage } {
  return repository.scanOnPush && image.mediaType === 'manifest' ? startScan(state, image) : { state, image };
}

/** Pushes one image, or several platforms under an image index (a multi-architecture image). */
export function pushImages(state: EcrState, ref: ImageRef, images: readonly PlatformImage[]): PushResult {
  if (!isOwnRegistry(ref)) return refusal('PushDenied', 'denied: requested access to the resource is denied');
  const auth = registryAuth(state);
  if (auth !== null) return refusal('NoCredentials', authMessage(auth));
  const repository = findRepository(state, ref.repository);
  if (repository === undefined)
    return refusal('RepositoryNotFoundException', `name unknown: The repository with name '${ref.repository}' does not exist in the registry with id '${ACCOUNT_ID}'`);
  const tag = ref.tag ?? 'latest';
  const index = images.length > 1 ? indexFor(images) : null;
  const digest = index?.digest ?? images[0]?.manifestDigest ?? '';
  const immutable = immutableProblem(repository, tag, digest);
  if (immutable !== null) return refusal('ImageTagAlreadyExistsException', immutable);

  const stored = new Set(repository.blobs.map((blob) => blob.digest));
  const layers: PushReport['layers'][number][] = [];
  let next = repository;
  let current = state;
  for (const image of images) {
    for (const layer of [...image.layers].reverse()) {
      if (layers.some((entry) => entry.digest === layer.digest)) continue;
      layers.push({ digest: layer.digest, status: stored.has(layer.digest) ? 'Layer already exists' : 'Pushed' });
    }
    next = addBlobs(next, image);
    const scanned = withScan(current, next, manifestImage(image, state.now));
    current = scanned.state;
    next = putImage(next, scanned.image, index === null ? tag : null);
  }
  if (index !== null) {
    const children = images.map((image) => image.manifestDigest);
    const indexImage: RegistryImage = {
      digest: index.digest,
      tags: [],
      mediaType: 'index',
      architecture: null,
      children,
      layerDigests: [],
      // ECR reports an index's size as that of its largest manifest.
      sizeBytes: Math.max(...images.map((image) => image.layers.reduce((total, layer) => total + layer.sizeBytes, 0))),
      pushedAt: state.now,
      lastPulledAt: null,
      storageClass: 'standard',
      archivedAt: null,
      scan: null,
      image: null,
    };
    next = putImage(next, indexImage, tag);
  }
  const size = index?.size ?? images[0]?.manifestSize ?? 0;
  return { ok: true, state: replaceRepository(current, next), report: { repository: ref.repository, tag, layers, digest, size } };
}
