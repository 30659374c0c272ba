import type { RegistryImage, Repository } from '@/lib/sim/ecr/types';
import type { EcsState } from '@/lib/sim/ecs/types';

/**
 * What the ECS picture shows of the account's registry: only the images the learner pushed (the
 * catalogue's images have no layers and never change), newest first, each with what a task
 * would pull: its platforms and digest, and when a task last pulled it.
 */
export interface PushedImageRow {
  readonly key: string;
  readonly name: string;
  readonly digest: string;
  readonly platforms: readonly string[];
  readonly singlePlatform: boolean;
  readonly pushedAt: number;
  readonly lastPulledAt: number | null;
}

function platformsOf(repository: Repository, image: RegistryImage): string[] {
  if (image.mediaType === 'manifest') return [image.architecture ?? 'amd64'];
  return image.children
    .map((digest) => repository.images.find((child) => child.digest === digest)?.architecture)
    .filter((architecture): architecture is 'amd64' | 'arm64' => architecture != null);
}

export function pushedImageRows(ecr: EcsState['ecr']): PushedImageRow[] {
  if (ecr === undefined) return [];
  return ecr.repositories
    .flatMap((repository) => {
      const children = new Set(repository.images.flatMap((image) => image.children));
      return repository.images
        .filter((image) => image.image !== null || image.children.length > 0)
        .filter((image) => image.tags.length > 0 || !children.has(image.digest))
        .map((image) => ({
          key: `${repository.name}@${image.digest}`,
          name: `${repository.name}:${image.tags.length === 0 ? '<untagged>' : image.tags.join(', ')}`,
          digest: image.digest,
          platforms: platformsOf(repository, image).map((architecture) => `linux/${architecture}`),
          singlePlatform: image.mediaType === 'manifest',
          pushedAt: image.pushedAt,
          lastPulledAt: image.lastPulledAt,
        }));
    })
    .sort((a, b) => b.pushedAt - a.pushedAt || a.name.localeCompare(b.name));
}
