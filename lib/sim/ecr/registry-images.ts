import type { EcrState, PlatformImage, RegistryImage, Repository } from './types';

/** Reading and writing the images of a repository (§8.2: one image per digest, tags point to it). */
export function findRepository(state: EcrState, name: string): Repository | undefined {
  return state.repositories.find((repository) => repository.name === name);
}

export function replaceRepository(state: EcrState, next: Repository): EcrState {
  return { ...state, repositories: state.repositories.map((repository) => (repository.name === next.name ? next : repository)) };
}

export function imageByTag(repository: Repository, tag: string): RegistryImage | undefined {
  return repository.images.find((image) => image.tags.includes(tag));
}

export function imageByDigest(repository: Repository, digest: string): RegistryImage | undefined {
  return repository.images.find((image) => image.digest === digest);
}

/** A new manifest image as ECR records it on push. */
export function manifestImage(image: PlatformImage, now: number): RegistryImage {
  return {
    digest: image.manifestDigest,
    tags: [],
    mediaType: 'manifest',
    architecture: image.config.architecture,
    children: [],
    layerDigests: image.layers.map((layer) => layer.digest),
    sizeBytes: image.layers.reduce((sum, layer) => sum + layer.sizeBytes, 0),
    pushedAt: now,
    lastPulledAt: null,
    storageClass: 'standard',
    archivedAt: null,
    scan: null,
    image,
  };
}

/** Puts `image` in the repository (merging with the same digest) and moves `tag` onto it. */
export function putImage(repository: Repository, image: RegistryImage, tag: string | null): Repository {
  const others = repository.images
    .filter((existing) => existing.digest !== image.digest)
    .map((existing) => (tag === null ? existing : { ...existing, tags: existing.tags.filter((t) => t !== tag) }));
  const existing = imageByDigest(repository, image.digest);
  const merged: RegistryImage = existing === undefined ? image : existing;
  const tags = tag === null || merged.tags.includes(tag) ? merged.tags : [...merged.tags, tag];
  return { ...repository, images: [...others, { ...merged, tags }] };
}

/** Stores the layer blobs a push uploaded (each digest once). */
export function addBlobs(repository: Repository, image: PlatformImage): Repository {
  const known = new Set(repository.blobs.map((blob) => blob.digest));
  const added = image.layers.filter((layer) => !known.has(layer.digest)).map((layer) => ({ digest: layer.digest, sizeBytes: layer.sizeBytes }));
  return added.length === 0 ? repository : { ...repository, blobs: [...repository.blobs, ...added] };
}

/** Blobs no image references any more are garbage-collected by the registry. */
export function pruneBlobs(repository: Repository): Repository {
  const used = new Set(repository.images.flatMap((image) => image.layerDigests));
  return { ...repository, blobs: repository.blobs.filter((blob) => used.has(blob.digest)) };
}
