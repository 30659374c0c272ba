import { ECR_REGISTRY } from '../catalog';
import { parseImageRef } from '../images';
import type { TaskDefinition } from '../types';
import type { World } from '../world';
import { registryOf } from './registry-part';

/**
 * ECR records when an image was last pulled (`lastRecordedPullTime`), which `sinceImagePulled`
 * lifecycle rules count from (§8.5): a task's pull of a private image updates it, for the image
 * named and, for an image index, the platform image too.
 */
export function recordPulls(world: World, def: TaskDefinition, at: number): void {
  const registry = registryOf(world);
  let changed = false;
  const repositories = registry.repositories.map((repository) => {
    const refs = def.containerDefinitions
      .map((container) => parseImageRef(container.image))
      .filter((ref) => ref.repository === `${ECR_REGISTRY}/${repository.name}`);
    if (refs.length === 0) return repository;
    const named = repository.images.filter((image) => refs.some((ref) => image.digest === ref.tag || image.tags.includes(ref.tag)));
    const pulled = new Set([...named.map((image) => image.digest), ...named.flatMap((image) => image.children)]);
    if (pulled.size === 0) return repository;
    changed = true;
    return { ...repository, images: repository.images.map((image) => (pulled.has(image.digest) ? { ...image, lastPulledAt: at } : image)) };
  });
  if (changed) world.ecr = { ...registry, repositories };
}
