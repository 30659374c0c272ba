import { severityCounts } from '@/lib/sim/ecr/scans';
import type {
  Architecture,
  EcrState,
  ImageScan,
  RegistryImage,
  Repository,
  ScanSeverity,
} from '@/lib/sim/ecr/types';
import { summarisePolicy, type PolicySummary } from './lifecycle-summary';
import { monthlyStorageUsd, shortId } from './picture-format';

/** The registry half of the ECR picture: each repository, its settings, images, storage and policy. */

export interface ScanModel {
  readonly status: ImageScan['status'];
  readonly completesAt: number;
  readonly counts: Partial<Record<ScanSeverity, number>>;
}

export interface PlatformChildModel {
  readonly digest: string;
  readonly short: string;
  readonly architecture: Architecture | null;
  readonly sizeBytes: number;
  readonly scan: ScanModel | null;
}

/** What a completed lifecycle policy preview says about one image. */
export interface PreviewVerdict {
  readonly action: 'EXPIRE' | 'TRANSITION';
  readonly rulePriority: number;
}

export interface RegistryImageModel {
  readonly digest: string;
  readonly short: string;
  readonly tags: readonly string[];
  readonly kind: RegistryImage['mediaType'];
  readonly architecture: Architecture | null;
  /** Compressed size of its layers (an index: of all its platforms). */
  readonly sizeBytes: number;
  readonly pushedAt: number;
  readonly lastPulledAt: number | null;
  readonly archived: boolean;
  readonly scan: ScanModel | null;
  /** An image index's platform manifests. */
  readonly children: readonly PlatformChildModel[];
  readonly verdict: PreviewVerdict | null;
}

export interface PreviewModel {
  readonly status: 'IN_PROGRESS' | 'COMPLETE';
  readonly completesAt: number;
  readonly total: number;
  /** How many images each rule would act on, by priority. */
  readonly byRule: readonly { readonly priority: number; readonly count: number }[];
  /**
   * The rules previewed when the preview was of another text than the policy set (a policy tried
   * before it is applied); null when it previewed the policy itself.
   */
  readonly otherText: PolicySummary | null;
}

export interface RepositoryModel {
  readonly name: string;
  readonly uri: string;
  readonly immutable: boolean;
  readonly scanOnPush: boolean;
  /** Newest push first; at most `limit` unless all are asked for. */
  readonly images: readonly RegistryImageModel[];
  readonly totalImages: number;
  readonly hiddenImages: number;
  /** Of the hidden images, how many the completed preview marks. */
  readonly hiddenMarked: number;
  /** Layer blobs stored once per repository, however many images share them. */
  readonly storageBytes: number;
  readonly monthlyUsd: number;
  readonly policy: {
    readonly summary: PolicySummary;
    readonly nextRunAt: number;
    readonly lastRunAt: number | null;
  } | null;
  readonly preview: PreviewModel | null;
}

export const REGISTRY_IMAGE_LIMIT = 6;

function scanModel(scan: ImageScan | null): ScanModel | null {
  if (scan === null) return null;
  return {
    status: scan.status,
    completesAt: scan.completesAt,
    counts: scan.status === 'COMPLETE' ? severityCounts(scan.findings) : {},
  };
}

function previewVerdicts(repository: Repository): Map<string, PreviewVerdict> {
  const preview = repository.lifecyclePreview;
  if (preview?.status !== 'COMPLETE') return new Map();
  return new Map(
    preview.results.map((result) => [
      result.digest,
      { action: result.action, rulePriority: result.appliedRulePriority },
    ]),
  );
}

function previewModel(repository: Repository): PreviewModel | null {
  const preview = repository.lifecyclePreview;
  if (preview === null) return null;
  const byRule = new Map<number, number>();
  for (const result of preview.results)
    byRule.set(result.appliedRulePriority, (byRule.get(result.appliedRulePriority) ?? 0) + 1);
  return {
    status: preview.status,
    completesAt: preview.completesAt,
    total: preview.results.length,
    byRule: [...byRule].sort((a, b) => a[0] - b[0]).map(([priority, count]) => ({ priority, count })),
    otherText: preview.text === repository.lifecyclePolicy?.text ? null : summarisePolicy(preview.text),
  };
}

/**
 * One repository as the picture draws it. An image index is one entry with its platforms under it;
 * a platform manifest shows on its own only when it carries a tag of its own. Images sort newest
 * push first, as the ECR console lists them.
 */
export function buildRepository(repository: Repository, showAll = false): RepositoryModel {
  const byDigest = new Map(repository.images.map((image) => [image.digest, image]));
  const childDigests = new Set(repository.images.flatMap((image) => image.children));
  const verdicts = previewVerdicts(repository);
  const entries = repository.images
    .map((image, index) => ({ image, index }))
    .filter(({ image }) => !childDigests.has(image.digest) || image.tags.length > 0)
    .sort((a, b) => b.image.pushedAt - a.image.pushedAt || b.index - a.index)
    .map(({ image }): RegistryImageModel => ({
      digest: image.digest,
      short: shortId(image.digest),
      tags: image.tags,
      kind: image.mediaType,
      architecture: image.architecture,
      sizeBytes: image.sizeBytes,
      pushedAt: image.pushedAt,
      lastPulledAt: image.lastPulledAt,
      archived: image.storageClass === 'archive',
      scan: scanModel(image.scan),
      children: image.children.map((digest) => {
        const child = byDigest.get(digest);
        return {
          digest,
          short: shortId(digest),
          architecture: child?.architecture ?? null,
          sizeBytes: child?.sizeBytes ?? 0,
          scan: scanModel(child?.scan ?? null),
        };
      }),
      verdict: verdicts.get(image.digest) ?? null,
    }));
  const shown = showAll ? entries : entries.slice(0, REGISTRY_IMAGE_LIMIT);
  const storageBytes = repository.blobs.reduce((sum, blob) => sum + blob.sizeBytes, 0);
  const policy = repository.lifecyclePolicy;
  return {
    name: repository.name,
    uri: repository.uri,
    immutable: repository.tagMutability === 'IMMUTABLE',
    scanOnPush: repository.scanOnPush,
    images: shown,
    totalImages: entries.length,
    hiddenImages: entries.length - shown.length,
    hiddenMarked: entries.slice(shown.length).filter((entry) => entry.verdict !== null).length,
    storageBytes,
    monthlyUsd: monthlyStorageUsd(storageBytes),
    policy:
      policy === null
        ? null
        : { summary: summarisePolicy(policy.text), nextRunAt: policy.nextRunAt, lastRunAt: policy.lastRunAt },
    preview: previewModel(repository),
  };
}

/** Every repository, in the order they were created. */
export function buildRegistry(state: EcrState, showAll: ReadonlySet<string> = new Set()): RepositoryModel[] {
  return state.repositories.map((repository) => buildRepository(repository, showAll.has(repository.name)));
}
