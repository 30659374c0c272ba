import type { EcsState } from './types';
import { findPushedImage } from './registry/pushed-images';
import { ECR_REGISTRY } from './catalog';

/**
 * The container images the simulated world can pull, and how the software inside behaves once it
 * runs. ECS does not know what an image does; the behaviours exist so that the failures ECS reacts
 * to (an app that exits, leaks memory, fails its health check, lacks a permission) can be shown
 * with the stopped reasons and logs a learner would read.
 */

export type Registry = 'docker-hub' | 'ecr-public' | 'ecr-private';

export interface ImageBehaviour {
  /** What it needs from the environment to start: missing, it logs `log` and exits with `exitCode`. */
  readonly requiresEnv?: { readonly name: string; readonly log: string; readonly exitCode: number };
  /** An AWS call it makes at start with the task role's credentials. */
  readonly callsAws?: { readonly action: string; readonly resource: string };
  /** Exits on its own after this long (a batch job: exit 0; a crash: non-zero). */
  readonly exitsAfterMs?: { readonly ms: number; readonly exitCode: number; readonly log: string };
  /** Working set growth: it is OOM-killed when it passes the container's hard limit. */
  readonly leakMiBPerMinute?: number;
  /** Its health endpoint fails (HTTP 503) even though the process runs. */
  readonly unhealthy?: boolean;
  /**
   * It does not exit on SIGTERM (e.g. a shell script as PID 1 that does not pass the signal on), so
   * the agent kills it with SIGKILL after the container's stopTimeout (exit code 137).
   */
  readonly ignoresSigterm?: boolean;
}

export interface CatalogImage {
  /** Fully qualified repository, e.g. `docker.io/library/nginx`. */
  readonly repository: string;
  readonly tags: readonly string[];
  readonly registry: Registry;
  /** Compressed size in MB (pull time). */
  readonly sizeMB: number;
  readonly architectures: readonly ('amd64' | 'arm64')[];
  /** The port the app listens on, or null (a worker). */
  readonly listensOn: number | null;
  /** From process start to serving, ms. */
  readonly startMs: number;
  /** Steady working set, MiB. */
  readonly memoryMiB: number;
  /** Requests per second one task serves at 100 % of 1 vCPU (drives the CPU metric). */
  readonly rpsPerVcpu: number;
  /** Lines written to stdout at start; `{time}` becomes the app's own timestamp (nginx's format). */
  readonly startLogs: readonly string[];
  /** Lines written when the agent stops it (nginx's image stops on SIGQUIT, its STOPSIGNAL). */
  readonly stopLogs?: readonly string[];
  readonly behaviour: ImageBehaviour;
  /**
   * A plain manifest for one platform (an image the learner pushed) rather than an index: it is
   * pulled whatever the task's CPU, then fails to start on another one (`exec format error`).
   */
  readonly singlePlatform?: boolean;
  /** The program the container starts, for the `exec format error` line. */
  readonly entrypoint?: string | null;
}

const webBase = {
  repository: `${ECR_REGISTRY}/web`,
  registry: 'ecr-private',
  sizeMB: 48,
  architectures: ['amd64', 'arm64'],
  listensOn: 8080,
  startMs: 2_500,
  memoryMiB: 180,
  rpsPerVcpu: 400,
} as const;

export const IMAGE_CATALOG: readonly CatalogImage[] = [
  {
    repository: 'docker.io/library/nginx',
    tags: ['latest', '1.27', '1.27.3', 'alpine', 'stable'],
    registry: 'docker-hub',
    sizeMB: 68,
    architectures: ['amd64', 'arm64'],
    listensOn: 80,
    startMs: 300,
    memoryMiB: 12,
    rpsPerVcpu: 2_000,
    startLogs: [
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '{time} [notice] 1#1: using the "epoll" event method',
      '{time} [notice] 1#1: nginx/1.27.3',
      '{time} [notice] 1#1: start worker processes',
    ],
    stopLogs: ['{time} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down', '{time} [notice] 1#1: exit'],
    behaviour: {},
  },
  {
    repository: 'public.ecr.aws/nginx/nginx',
    tags: ['latest', '1.27', 'stable'],
    registry: 'ecr-public',
    sizeMB: 68,
    architectures: ['amd64', 'arm64'],
    listensOn: 80,
    startMs: 300,
    memoryMiB: 12,
    rpsPerVcpu: 2_000,
    startLogs: ['/docker-entrypoint.sh: Configuration complete; ready for start up', '{time} [notice] 1#1: start worker processes'],
    stopLogs: ['{time} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down', '{time} [notice] 1#1: exit'],
    behaviour: {},
  },
  {
    repository: 'docker.io/library/httpd',
    tags: ['latest', '2.4'],
    registry: 'docker-hub',
    sizeMB: 58,
    architectures: ['amd64', 'arm64'],
    listensOn: 80,
    startMs: 400,
    memoryMiB: 20,
    rpsPerVcpu: 1_500,
    startLogs: ['AH00558: httpd: Could not reliably determine the server\'s fully qualified domain name', 'AH00094: Command line: \'httpd -D FOREGROUND\''],
    behaviour: {},
  },
  {
    repository: 'docker.io/library/redis',
    tags: ['latest', '7', '7.4'],
    registry: 'docker-hub',
    sizeMB: 45,
    architectures: ['amd64', 'arm64'],
    listensOn: 6379,
    startMs: 200,
    memoryMiB: 8,
    rpsPerVcpu: 20_000,
    startLogs: ['* Ready to accept connections tcp'],
    behaviour: {},
  },
  {
    ...webBase,
    tags: ['1.4.2', '1.5.0'],
    startLogs: ['web: listening on :8080'],
    behaviour: {},
  },
  {
    ...webBase,
    tags: ['1.6.0'],
    startLogs: ['web 1.6.0 starting'],
    behaviour: {
      requiresEnv: {
        name: 'DATABASE_URL',
        log: 'Error: DATABASE_URL is not set; refusing to start',
        exitCode: 1,
      },
    },
  },
  {
    ...webBase,
    tags: ['1.7.0'],
    startLogs: ['web: listening on :8080'],
    behaviour: { leakMiBPerMinute: 40 },
  },
  {
    ...webBase,
    tags: ['1.8.0'],
    startLogs: ['web: listening on :8080', 'health: cache warm-up failed, reporting 503 on /health'],
    behaviour: { unhealthy: true },
  },
  {
    repository: `${ECR_REGISTRY}/photo-api`,
    tags: ['1.0.0', 'latest'],
    registry: 'ecr-private',
    sizeMB: 64,
    architectures: ['amd64'],
    listensOn: 8080,
    startMs: 3_000,
    memoryMiB: 150,
    rpsPerVcpu: 300,
    startLogs: ['photo-api: loading albums from s3://dockyard-photos/albums.json'],
    behaviour: { callsAws: { action: 's3:GetObject', resource: 'arn:aws:s3:::dockyard-photos/albums.json' } },
  },
  {
    repository: `${ECR_REGISTRY}/report-job`,
    tags: ['1.0.0', 'latest'],
    registry: 'ecr-private',
    sizeMB: 30,
    architectures: ['amd64', 'arm64'],
    listensOn: null,
    startMs: 500,
    memoryMiB: 60,
    rpsPerVcpu: 0,
    startLogs: ['report-job: building the nightly report'],
    behaviour: { exitsAfterMs: { ms: 90_000, exitCode: 0, log: 'report-job: report written, exiting' } },
  },
  {
    repository: `${ECR_REGISTRY}/report-job`,
    tags: ['1.1.0'],
    registry: 'ecr-private',
    sizeMB: 30,
    architectures: ['amd64', 'arm64'],
    listensOn: null,
    startMs: 500,
    memoryMiB: 60,
    rpsPerVcpu: 0,
    // 1.1.0 starts from a shell script that does not forward signals: SIGTERM does not stop it.
    startLogs: ['report-job 1.1.0: building the nightly report'],
    behaviour: {
      exitsAfterMs: { ms: 90_000, exitCode: 0, log: 'report-job: report written, exiting' },
      ignoresSigterm: true,
    },
  },
];

export interface ImageRef {
  /** `docker.io/library/nginx`, `123456789012.dkr.ecr.us-east-1.amazonaws.com/web`… */
  readonly repository: string;
  readonly tag: string;
  /** The reference as written after normalisation: `docker.io/library/nginx:latest`. */
  readonly full: string;
}

/** Docker's normalisation: `nginx` → `docker.io/library/nginx:latest`; a digest counts as a tag here. */
export function parseImageRef(image: string): ImageRef {
  const at = image.indexOf('@');
  const base = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = base.lastIndexOf('/');
  const colon = base.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const name = hasTag ? base.slice(0, colon) : base;
  const tag = at >= 0 ? image.slice(at + 1) : hasTag ? base.slice(colon + 1) : 'latest';
  const first = name.split('/')[0] ?? '';
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const repository = hasRegistry ? name : `docker.io/${name.includes('/') ? name : `library/${name}`}`;
  return { repository, tag, full: `${repository}${at >= 0 ? '@' : ':'}${tag}` };
}

/** The catalogue's image, or one the learner pushed to the account's registry (`state.ecr`). */
export function findImage(image: string, state?: Pick<EcsState, 'ecr'>): CatalogImage | undefined {
  const ref = parseImageRef(image);
  return (
    IMAGE_CATALOG.find((entry) => entry.repository === ref.repository && entry.tags.includes(ref.tag)) ??
    findPushedImage(state, ref.repository, ref.tag)
  );
}

/** True for images in this account's private ECR registry (pulled with the execution or instance role). */
export function isPrivateEcr(image: string): boolean {
  return parseImageRef(image).repository.startsWith(`${ECR_REGISTRY}/`);
}
