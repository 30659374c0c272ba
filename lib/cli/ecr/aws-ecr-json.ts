import { ACCOUNT_ID } from '../../sim/ecr/figures';
import { INDEX_TYPE, MANIFEST_TYPE } from '../../sim/ecr/manifests';
import { severityCounts } from '../../sim/ecr/scans';
import type { RegistryImage, Repository } from '../../sim/ecr/types';
import { awsTimestamp } from '../vm/aws-format';

/** ECR's response shapes, as the AWS CLI prints them (JSON, 4-space indent). */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 4);
}

export function repositoryJson(repository: Repository): Record<string, unknown> {
  return {
    repositoryArn: repository.arn,
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    repositoryUri: repository.uri,
    createdAt: awsTimestamp(repository.createdAt),
    imageTagMutability: repository.tagMutability,
    imageScanningConfiguration: { scanOnPush: repository.scanOnPush },
    encryptionConfiguration: { encryptionType: 'AES256' },
  };
}

export function imageDetailJson(repository: Repository, image: RegistryImage): Record<string, unknown> {
  const scan = image.scan;
  return {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    imageDigest: image.digest,
    ...(image.tags.length === 0 ? {} : { imageTags: image.tags }),
    imageSizeInBytes: image.sizeBytes,
    imagePushedAt: awsTimestamp(image.pushedAt),
    ...(scan === null
      ? {}
      : {
          imageScanStatus: { status: scan.status, description: scan.status === 'COMPLETE' ? 'The scan was completed successfully.' : 'The scan is in progress.' },
          ...(scan.status === 'COMPLETE' ? { imageScanFindingsSummary: { imageScanCompletedAt: awsTimestamp(scan.completesAt), findingSeverityCounts: severityCounts(scan.findings) } } : {}),
        }),
    imageManifestMediaType: image.mediaType === 'index' ? INDEX_TYPE : MANIFEST_TYPE,
    ...(image.mediaType === 'manifest' ? { artifactMediaType: 'application/vnd.docker.container.image.v1+json' } : {}),
    ...(image.lastPulledAt === null ? {} : { lastRecordedPullTime: awsTimestamp(image.lastPulledAt) }),
    ...(image.storageClass === 'archive' ? { imageStatus: 'ARCHIVED' } : {}),
  };
}

export function findingsJson(repository: Repository, image: RegistryImage): Record<string, unknown> {
  const scan = image.scan;
  return {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    imageId: { imageDigest: image.digest, ...(image.tags[0] === undefined ? {} : { imageTag: image.tags[0] }) },
    imageScanStatus: { status: scan?.status ?? 'FAILED', description: scan?.status === 'COMPLETE' ? 'The scan was completed successfully.' : 'The scan is in progress.' },
    ...(scan?.status === 'COMPLETE'
      ? {
          imageScanFindings: {
            imageScanCompletedAt: awsTimestamp(scan.completesAt),
            vulnerabilitySourceUpdatedAt: awsTimestamp(scan.completesAt),
            findingSeverityCounts: severityCounts(scan.findings),
            findings: scan.findings.map((finding) => ({
              name: finding.name,
              description: finding.description,
              uri: `https://security-tracker.debian.org/tracker/${finding.name}`,
              severity: finding.severity,
              attributes: [
                { key: 'package_version', value: finding.packageVersion },
                { key: 'package_name', value: finding.packageName },
              ],
            })),
          },
        }
      : {}),
  };
}
