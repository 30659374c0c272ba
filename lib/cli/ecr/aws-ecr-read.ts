import type { EcrCommand } from '../../sim/ecr/commands';
import { ACCOUNT_ID } from '../../sim/ecr/figures';
import { findRepository } from '../../sim/ecr/registry-images';
import type { EcrState, RegistryImage, Repository } from '../../sim/ecr/types';
import { fail, print, type CliResult } from '../types';
import { awsApiError, awsTimestamp } from '../vm/aws-format';
import { findingsJson, imageDetailJson, json, repositoryJson } from './aws-ecr-json';

/** The read-only `aws ecr` calls: they print from the state and change nothing. */
type Result = CliResult<EcrState, EcrCommand>;
type ImageId = { imageTag?: string; imageDigest?: string };

const idText = (id: ImageId) => `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`;

function repositoryNotFound(operation: string, name: string): Result {
  return fail(awsApiError('RepositoryNotFoundException', operation, `The repository with name '${name}' does not exist in the registry with id '${ACCOUNT_ID}'`));
}

function findImage(repository: Repository, id: ImageId): RegistryImage | undefined {
  return repository.images.find((image) =>
    (id.imageDigest === undefined || image.digest === id.imageDigest) && (id.imageTag === undefined || image.tags.includes(id.imageTag)),
  );
}

function imageNotFound(operation: string, repository: Repository, id: ImageId): Result {
  return fail(awsApiError('ImageNotFoundException', operation, `The image with imageId ${idText(id)} does not exist within the repository with name '${repository.name}' in the registry with id '${ACCOUNT_ID}'`));
}

export function readOperation(name: string, input: Record<string, unknown>, state: EcrState): Result | null {
  if (name === 'describe-repositories') {
    const names = input['repositoryNames'] as string[] | undefined;
    const missing = names?.find((wanted) => findRepository(state, wanted) === undefined);
    if (missing !== undefined) return repositoryNotFound('DescribeRepositories', missing);
    const repositories = state.repositories.filter((repository) => names === undefined || names.includes(repository.name));
    return print(json({ repositories: repositories.map(repositoryJson) }));
  }
  const repositoryName = String(input['repositoryName'] ?? '');
  const repository = findRepository(state, repositoryName);
  const operation = name.split('-').map((word) => word[0]?.toUpperCase() + word.slice(1)).join('');
  if (repository === undefined) return repositoryNotFound(operation, repositoryName);
  switch (name) {
    case 'describe-images': {
      const ids = input['imageIds'] as ImageId[] | undefined;
      if (ids === undefined) return print(json({ imageDetails: [...repository.images].sort((a, b) => a.pushedAt - b.pushedAt).map((image) => imageDetailJson(repository, image)) }));
      const details: Record<string, unknown>[] = [];
      for (const id of ids) {
        const image = findImage(repository, id);
        if (image === undefined) return imageNotFound('DescribeImages', repository, id);
        details.push(imageDetailJson(repository, image));
      }
      return print(json({ imageDetails: details }));
    }
    case 'list-images':
      return print(json({ imageIds: repository.images.flatMap((image) => (image.tags.length === 0 ? [{ imageDigest: image.digest }] : image.tags.map((tag) => ({ imageDigest: image.digest, imageTag: tag })))) }));
    case 'describe-image-scan-findings': {
      const id = (input['imageId'] as ImageId | undefined) ?? {};
      const image = findImage(repository, id);
      if (image === undefined) return imageNotFound('DescribeImageScanFindings', repository, id);
      if (image.scan === null)
        return fail(awsApiError('ScanNotFoundException', 'DescribeImageScanFindings', `Image scan does not exist for the image with '${idText(id)}' in the repository with name '${repository.name}' in the registry with id '${ACCOUNT_ID}'`));
      return print(json(findingsJson(repository, image)));
    }
    case 'get-lifecycle-policy': {
      const policy = repository.lifecyclePolicy;
      if (policy === null)
        return fail(awsApiError('LifecyclePolicyNotFoundException', 'GetLifecyclePolicy', `Lifecycle policy does not exist for the repository with name '${repository.name}' in the registry with id '${ACCOUNT_ID}'`));
      return print(json({ registryId: ACCOUNT_ID, repositoryName: repository.name, lifecyclePolicyText: policy.text, lastEvaluatedAt: awsTimestamp(policy.lastRunAt ?? policy.setAt) }));
    }
    case 'get-lifecycle-policy-preview': {
      const preview = repository.lifecyclePreview;
      if (preview === null)
        return fail(awsApiError('LifecyclePolicyPreviewNotFoundException', 'GetLifecyclePolicyPreview', `There is no lifecycle policy preview for the repository with name '${repository.name}' in the registry with id '${ACCOUNT_ID}'`));
      const complete = preview.status === 'COMPLETE';
      return print(
        json({
          registryId: ACCOUNT_ID,
          repositoryName: repository.name,
          lifecyclePolicyText: preview.text,
          status: preview.status,
          previewResults: complete
            ? preview.results.map((result) => ({
                ...(result.tags.length === 0 ? {} : { imageTags: result.tags }),
                imageDigest: result.digest,
                imagePushedAt: awsTimestamp(result.pushedAt),
                action: { type: result.action },
                appliedRulePriority: result.appliedRulePriority,
              }))
            : [],
          summary: { expiringImageTotalCount: complete ? preview.results.filter((result) => result.action === 'EXPIRE').length : 0 },
        }),
      );
    }
    default:
      return null;
  }
}
