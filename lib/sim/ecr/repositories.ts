import type { Step } from '../core/types';
import type { EcrCommandOf } from './commands';
import { ACCOUNT_ID, REGION, SCAN_INTERVAL_MS } from './figures';
import { repositoryUri } from './image-refs';
import { findRepository, pruneBlobs, replaceRepository } from './registry-images';
import { repositoryNameProblem } from './repository-names';
import { startScan } from './scans';
import { done, event, refuse } from './step';
import type { EcrState, RegistryImage, Repository } from './types';

/** The ECR API calls that create, configure and delete repositories and images (§8.1–8.4). */
export function notFound(state: EcrState, name: string): Step<EcrState> {
  return refuse(state, 'RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${ACCOUNT_ID}'`);
}

export function createRepository(state: EcrState, command: EcrCommandOf<'CreateRepository'>): Step<EcrState> {
  const problem = repositoryNameProblem(command.name);
  if (problem !== null) return refuse(state, 'InvalidParameterException', problem);
  if (findRepository(state, command.name) !== undefined)
    return refuse(state, 'RepositoryAlreadyExistsException', `The repository with name '${command.name}' already exists in the registry with id '${ACCOUNT_ID}'`);
  const repository: Repository = {
    name: command.name,
    arn: `arn:aws:ecr:${REGION}:${ACCOUNT_ID}:repository/${command.name}`,
    uri: repositoryUri(command.name),
    createdAt: state.now,
    tagMutability: command.tagMutability,
    scanOnPush: command.scanOnPush,
    images: [],
    blobs: [],
    lifecyclePolicy: null,
    lifecyclePreview: null,
  };
  const detail = `${command.tagMutability === 'IMMUTABLE' ? 'immutable tags' : 'mutable tags'}${command.scanOnPush ? ', scan on push' : ''}`;
  return done({ ...state, repositories: [...state.repositories, repository] }, [event(state.now, 'repository-created', 'success', `Created repository ${command.name} (${detail})`)]);
}

export function deleteRepository(state: EcrState, command: EcrCommandOf<'DeleteRepository'>): Step<EcrState> {
  const repository = findRepository(state, command.name);
  if (repository === undefined) return notFound(state, command.name);
  if (repository.images.length > 0 && !command.force)
    return refuse(state, 'RepositoryNotEmptyException', `The repository with name '${command.name}' in registry with id '${ACCOUNT_ID}' cannot be deleted because it still contains images`);
  const next = { ...state, repositories: state.repositories.filter((other) => other.name !== command.name) };
  return done(next, [event(state.now, 'repository-deleted', 'warning', `Deleted repository ${command.name}${repository.images.length > 0 ? ` and its ${repository.images.length} images` : ''}`)], {
    repository: repositoryJsonLite(repository),
  });
}

function repositoryJsonLite(repository: Repository) {
  return { repositoryArn: repository.arn, registryId: ACCOUNT_ID, repositoryName: repository.name, repositoryUri: repository.uri };
}

type ImageId = { readonly imageTag?: string; readonly imageDigest?: string };

/** BatchDeleteImage: a tag removes the tag (and the image with its last tag); a digest removes the image. */
export function batchDeleteImage(state: EcrState, command: EcrCommandOf<'BatchDeleteImage'>): Step<EcrState> {
  const repository = findRepository(state, command.repository);
  if (repository === undefined) return notFound(state, command.repository);
  let images = [...repository.images];
  const deleted: ImageId[] = [];
  const failures: { imageId: ImageId; failureCode: string; failureReason: string }[] = [];
  for (const id of command.imageIds) {
    const image = id.imageDigest !== undefined ? images.find((i) => i.digest === id.imageDigest) : images.find((i) => i.tags.includes(id.imageTag ?? ''));
    if (image === undefined || (id.imageTag !== undefined && !image.tags.includes(id.imageTag))) {
      failures.push({ imageId: id, failureCode: id.imageDigest !== undefined && image === undefined ? 'ImageNotFound' : 'ImageNotFound', failureReason: 'Requested image not found' });
      continue;
    }
    const parent = images.find((other) => other.children.includes(image.digest));
    const removesImage = id.imageDigest !== undefined || image.tags.length <= 1;
    if (removesImage && parent !== undefined) {
      failures.push({ imageId: id, failureCode: 'ImageReferencedByManifestList', failureReason: `Requested image referenced by manifest list: [${parent.digest}]` });
      continue;
    }
    if (removesImage) {
      images = images.filter((other) => other.digest !== image.digest);
      for (const tag of image.tags) deleted.push({ imageDigest: image.digest, imageTag: tag });
      if (image.tags.length === 0) deleted.push({ imageDigest: image.digest });
    } else {
      images = images.map((other) => (other.digest === image.digest ? { ...other, tags: other.tags.filter((tag) => tag !== id.imageTag) } : other));
      deleted.push({ imageDigest: image.digest, imageTag: id.imageTag ?? '' });
    }
  }
  const next = replaceRepository(state, pruneBlobs({ ...repository, images }));
  const events = deleted.length === 0 ? [] : [event(state.now, 'images-deleted', 'warning', `Deleted ${deleted.length} image id${deleted.length === 1 ? '' : 's'} from ${repository.name}`)];
  return done(next, events, { imageIds: deleted, failures });
}

export function putImageTagMutability(state: EcrState, command: EcrCommandOf<'PutImageTagMutability'>): Step<EcrState> {
  const repository = findRepository(state, command.repository);
  if (repository === undefined) return notFound(state, command.repository);
  const next = replaceRepository(state, { ...repository, tagMutability: command.tagMutability });
  return done(next, [event(state.now, 'tag-mutability', 'info', `${repository.name}: tags are now ${command.tagMutability}`)], {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    imageTagMutability: command.tagMutability,
  });
}

export function putImageScanningConfiguration(state: EcrState, command: EcrCommandOf<'PutImageScanningConfiguration'>): Step<EcrState> {
  const repository = findRepository(state, command.repository);
  if (repository === undefined) return notFound(state, command.repository);
  const next = replaceRepository(state, { ...repository, scanOnPush: command.scanOnPush });
  return done(next, [event(state.now, 'scan-on-push', 'info', `${repository.name}: scan on push ${command.scanOnPush ? 'on' : 'off'}`)], {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    imageScanningConfiguration: { scanOnPush: command.scanOnPush },
  });
}

/** StartImageScan: basic scanning allows one scan of an image per 24 hours (§8.4). */
export function startImageScan(state: EcrState, command: EcrCommandOf<'StartImageScan'>): Step<EcrState> {
  const repository = findRepository(state, command.repository);
  if (repository === undefined) return notFound(state, command.repository);
  const { imageTag, imageDigest } = command.imageId;
  const image = repository.images.find((candidate) => (imageDigest !== undefined ? candidate.digest === imageDigest : candidate.tags.includes(imageTag ?? '')));
  if (image === undefined)
    return refuse(state, 'ImageNotFoundException', `The image with imageId {imageDigest:'${imageDigest ?? 'null'}', imageTag:'${imageTag ?? 'null'}'} does not exist within the repository with name '${repository.name}' in the registry with id '${ACCOUNT_ID}'`);
  if (image.mediaType === 'index') return refuse(state, 'UnsupportedImageTypeException', 'The image is of an unsupported type. Image indexes cannot be scanned; scan each platform image.');
  if (image.scan !== null && state.now - image.scan.startedAt < SCAN_INTERVAL_MS)
    return refuse(state, 'LimitExceededException', 'The scan quota per image has been exceeded. Wait and try again.');
  const scanned = startScan(state, image);
  const replaced: RegistryImage[] = repository.images.map((other) => (other.digest === image.digest ? scanned.image : other));
  const next = replaceRepository(scanned.state, { ...repository, images: replaced });
  return done(next, [event(state.now, 'scan-started', 'info', `Scanning ${repository.name}@${image.digest.slice(0, 19)}…`)], {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    imageId: { imageDigest: image.digest, ...(image.tags[0] === undefined ? {} : { imageTag: image.tags[0] }) },
    imageScanStatus: { status: 'IN_PROGRESS' },
  });
}
