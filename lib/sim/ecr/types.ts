import type { BaseState } from '../core/types';

/**
 * The Docker images and Amazon ECR simulator (reference §8, §10.3): a laptop with Docker that
 * builds images, and a private registry in one account and Region that stores them.
 */

export type Architecture = 'amd64' | 'arm64';

/** One filesystem diff, named by the hash of its content (§8.2, §10.3). */
export interface Layer {
  readonly digest: string;
  /** Compressed size, bytes (what a push uploads and ECR stores). */
  readonly sizeBytes: number;
  /** The instruction that made it, as `docker history` shows it. */
  readonly createdBy: string;
}

/** What the image runs and exposes: the image config's fields the course teaches. */
export interface ImageConfig {
  readonly architecture: Architecture;
  readonly os: 'linux';
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
  readonly exposedPorts: readonly number[];
  readonly env: readonly string[];
  readonly workdir: string;
  readonly user: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Instructions that changed only the config (CMD, EXPOSE, ENV…), for `docker history`. */
  readonly history: readonly HistoryEntry[];
}

export interface HistoryEntry {
  readonly createdBy: string;
  /** Null for an instruction that made no layer (metadata only: 0B in `docker history`). */
  readonly layerDigest: string | null;
}

/** A single-platform image: a config and its ordered layers, bound by a manifest. */
export interface PlatformImage {
  /** The config's digest: what `docker images` shows as IMAGE ID. */
  readonly imageId: string;
  readonly manifestDigest: string;
  /** Bytes of the manifest JSON: the `size:` that `docker push` ends with. */
  readonly manifestSize: number;
  readonly layers: readonly Layer[];
  readonly config: ImageConfig;
  /** The base image it was built FROM, e.g. `nginx:1.27-alpine`. */
  readonly base: string;
}

/** An image in the laptop's Docker image store. */
export interface LocalImage extends PlatformImage {
  /** `repository:tag` names; empty for a dangling image (`<none>:<none>`). */
  readonly repoTags: readonly string[];
  /** `repository@sha256:…` once pushed or pulled. */
  readonly repoDigests: readonly string[];
  readonly createdAt: number;
}

export type ScanSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | 'UNDEFINED';

export interface ScanFinding {
  readonly name: string;
  readonly severity: ScanSeverity;
  readonly packageName: string;
  readonly packageVersion: string;
  readonly description: string;
}

export interface ImageScan {
  readonly status: 'IN_PROGRESS' | 'COMPLETE';
  readonly startedAt: number;
  readonly completesAt: number;
  readonly findings: readonly ScanFinding[];
}

/** An image in a repository: a manifest (one platform) or an image index (several). */
export interface RegistryImage {
  readonly digest: string;
  readonly tags: readonly string[];
  readonly mediaType: 'manifest' | 'index';
  /** The platform of a manifest; null for an index. */
  readonly architecture: Architecture | null;
  /** An index's per-platform manifests (each also stored as an image of this repository). */
  readonly children: readonly string[];
  readonly layerDigests: readonly string[];
  /** Sum of its layers' compressed sizes (ECR's imageSizeInBytes). */
  readonly sizeBytes: number;
  readonly pushedAt: number;
  readonly lastPulledAt: number | null;
  readonly storageClass: 'standard' | 'archive';
  readonly archivedAt: number | null;
  readonly scan: ImageScan | null;
  /** Kept so a pull recreates the local image exactly. */
  readonly image: PlatformImage | null;
}

export interface Repository {
  readonly name: string;
  readonly arn: string;
  readonly uri: string;
  readonly createdAt: number;
  readonly tagMutability: 'MUTABLE' | 'IMMUTABLE';
  readonly scanOnPush: boolean;
  readonly images: readonly RegistryImage[];
  /** Layer blobs, stored once per repository whatever number of images share them (§8.2). */
  readonly blobs: readonly { readonly digest: string; readonly sizeBytes: number }[];
  readonly lifecyclePolicy: LifecyclePolicyRecord | null;
  readonly lifecyclePreview: LifecyclePreviewRecord | null;
}

export interface LifecyclePolicyRecord {
  readonly text: string;
  readonly setAt: number;
  /** ECR acts within 24 hours of a policy being set, and again each day (§8.5). */
  readonly nextRunAt: number;
  readonly lastRunAt: number | null;
}

export interface LifecyclePreviewRecord {
  readonly text: string;
  readonly status: 'IN_PROGRESS' | 'COMPLETE';
  readonly completesAt: number;
  readonly results: readonly LifecyclePreviewResult[];
}

export interface LifecyclePreviewResult {
  readonly digest: string;
  readonly tags: readonly string[];
  readonly pushedAt: number;
  readonly action: 'EXPIRE' | 'TRANSITION';
  readonly appliedRulePriority: number;
}

export interface EcrState extends BaseState {
  /** The laptop's CPU: Apple silicon builds arm64 images unless told otherwise. */
  readonly hostArchitecture: Architecture;
  readonly localImages: readonly LocalImage[];
  /** Layer digests the builder has made before: those steps print CACHED. */
  readonly buildCache: readonly string[];
  /** `docker login` credentials per registry host, valid for 12 hours (§8.1). */
  readonly logins: readonly { readonly registry: string; readonly expiresAt: number }[];
  readonly repositories: readonly Repository[];
}
