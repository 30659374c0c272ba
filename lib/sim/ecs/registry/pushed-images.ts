import type { RegistryImage, Repository } from '../../ecr/types';
import { ECR_REGISTRY } from '../catalog';
import type { CatalogImage } from '../images';
import type { EcsState } from '../types';
import { registryOf } from './registry-part';

/**
 * How an image the learner built and pushed behaves when a task runs it. ECS does not know what
 * an image does; the simulator reads it from the image: an nginx base serves HTTP on port 80 like
 * the catalogue's nginx, a bare shell exits at once, anything else runs and listens on the first
 * port it EXPOSEs. A single-platform image carries its one architecture: a task on another CPU
 * pulls it and then fails with `exec format error` (see `execFormatError`).
 */
function nginxLike(base: string): boolean {
  return base.includes('/nginx:');
}

function platformImages(repository: Repository, image: RegistryImage): RegistryImage[] {
  if (image.mediaType === 'manifest') return [image];
  return image.children.map((digest) => repository.images.find((child) => child.digest === digest)).filter((child): child is RegistryImage => child !== undefined);
}

export function findPushedImage(state: Pick<EcsState, 'ecr'> | undefined, repository: string, tag: string): CatalogImage | undefined {
  if (state === undefined || !repository.startsWith(`${ECR_REGISTRY}/`)) return undefined;
  const repo = registryOf(state).repositories.find((candidate) => `${ECR_REGISTRY}/${candidate.name}` === repository);
  const found = repo?.images.find((candidate) => (tag.startsWith('sha256:') ? candidate.digest === tag : candidate.tags.includes(tag)));
  if (repo === undefined || found === undefined) return undefined;
  const platforms = platformImages(repo, found);
  const first = platforms[0]?.image;
  if (first == null) return undefined;
  const config = first.config;
  const shell = config.entrypoint === null && config.cmd?.length === 1 && /\/sh$/.test(config.cmd[0] ?? '');
  const web = nginxLike(first.base);
  return {
    repository,
    tags: [tag],
    registry: 'ecr-private',
    sizeMB: found.sizeBytes / 1_000_000,
    architectures: platforms.map((platform) => platform.architecture ?? 'amd64'),
    singlePlatform: found.mediaType === 'manifest',
    entrypoint: config.entrypoint?.[0] ?? config.cmd?.[0] ?? null,
    listensOn: web ? 80 : (config.exposedPorts[0] ?? null),
    startMs: web ? 300 : 1_000,
    memoryMiB: web ? 12 : 40,
    rpsPerVcpu: web ? 2_000 : 500,
    startLogs: web
      ? ['/docker-entrypoint.sh: Configuration complete; ready for start up', '{time} [notice] 1#1: start worker processes']
      : [],
    ...(web ? { stopLogs: ['{time} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down', '{time} [notice] 1#1: exit'] } : {}),
    behaviour: shell ? { exitsAfterMs: { ms: 100, exitCode: 0, log: '' } } : {},
  };
}
