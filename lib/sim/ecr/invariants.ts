import { readLifecyclePolicy } from './lifecycle';
import type { EcrState } from './types';

/**
 * Rules that hold in every reachable state: a tag names one image per repository, every image's
 * layers are stored, an index's platform images exist, names are unique, and a stored policy is one
 * ECR accepted.
 */
export function checkEcrInvariants(state: EcrState): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const repository of state.repositories) {
    if (names.has(repository.name)) problems.push(`two repositories named ${repository.name}`);
    names.add(repository.name);
    const tags = new Set<string>();
    const digests = new Set(repository.images.map((image) => image.digest));
    const blobs = new Set(repository.blobs.map((blob) => blob.digest));
    if (digests.size !== repository.images.length) problems.push(`${repository.name}: two images with one digest`);
    for (const image of repository.images) {
      for (const tag of image.tags) {
        if (tags.has(tag)) problems.push(`${repository.name}: tag ${tag} on two images`);
        tags.add(tag);
      }
      for (const layer of image.layerDigests) if (!blobs.has(layer)) problems.push(`${repository.name}: layer ${layer} of ${image.digest} not stored`);
      for (const child of image.children) if (!digests.has(child)) problems.push(`${repository.name}: index ${image.digest} lost ${child}`);
    }
    if (repository.lifecyclePolicy !== null && !readLifecyclePolicy(repository.lifecyclePolicy.text).ok) problems.push(`${repository.name}: stored policy is invalid`);
  }
  const localNames = state.localImages.flatMap((image) => image.repoTags);
  if (new Set(localNames).size !== localNames.length) problems.push('a local name is on two images');
  return problems;
}
