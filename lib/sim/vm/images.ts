import type { Range } from '../core/rng';
import { nextHex, seedRng } from '../core/rng';
import { crc32 } from '../core/base64url';

/**
 * The images the simulated registry (Docker Hub) has, with sizes from the reference §10.2 where it
 * gives them (alpine, ubuntu, debian, nginx, nginx:alpine) and approximations otherwise. Digests and
 * image ids are stable placeholders derived from the name, not the real (ever-changing) ones.
 */
export interface CatalogImage {
  readonly repository: string;
  readonly tag: string;
  /** Download size, MB (the registry's compressed layers). */
  readonly compressedMB: number;
  /** `docker images` SIZE, MB (unpacked). */
  readonly sizeMB: number;
  readonly layers: number;
  /** COMMAND as `docker ps` shows it (already truncated the way docker truncates). */
  readonly command: string;
  /** The main process keeps running without a terminal (a server); shells exit at once. */
  readonly longRunning: boolean;
  /** Serves the course's web workload, so a running container counts as a replica. */
  readonly servesWeb: boolean;
  readonly exposedPort: number | null;
  readonly workingSetMiB: Range;
  /** PIDs `docker stats` shows (nginx: a master plus one worker per core on the 16-core host). */
  readonly pids: number;
  /** CREATED as `docker images` shows it; a fixed label, the simulator has no calendar. */
  readonly created: string;
  /** True when the size comes from the reference §10.2. */
  readonly sizeFromReference: boolean;
}

export const IMAGE_CATALOG: readonly CatalogImage[] = [
  {
    repository: 'nginx',
    tag: 'latest',
    compressedMB: 68.2,
    sizeMB: 192,
    layers: 7,
    command: '"/docker-entrypoint.…"',
    longRunning: true,
    servesWeb: true,
    exposedPort: 80,
    workingSetMiB: { min: 20, max: 40 },
    pids: 17,
    created: '2 weeks ago',
    sizeFromReference: true,
  },
  {
    repository: 'nginx',
    tag: 'alpine',
    compressedMB: 20.3,
    sizeMB: 52.5,
    layers: 8,
    command: '"/docker-entrypoint.…"',
    longRunning: true,
    servesWeb: true,
    exposedPort: 80,
    workingSetMiB: { min: 15, max: 30 },
    pids: 17,
    created: '2 weeks ago',
    sizeFromReference: true,
  },
  {
    repository: 'httpd',
    tag: 'latest',
    compressedMB: 58.1,
    sizeMB: 148,
    layers: 5,
    command: '"httpd-foreground"',
    longRunning: true,
    servesWeb: true,
    exposedPort: 80,
    workingSetMiB: { min: 25, max: 45 },
    pids: 82,
    created: '3 weeks ago',
    sizeFromReference: false,
  },
  {
    repository: 'redis',
    tag: 'latest',
    compressedMB: 45.4,
    sizeMB: 117,
    layers: 6,
    command: '"docker-entrypoint.s…"',
    longRunning: true,
    servesWeb: false,
    exposedPort: 6379,
    workingSetMiB: { min: 6, max: 12 },
    pids: 6,
    created: '3 weeks ago',
    sizeFromReference: false,
  },
  {
    repository: 'node',
    tag: '20-alpine',
    compressedMB: 43.2,
    sizeMB: 135,
    layers: 4,
    command: '"docker-entrypoint.s…"',
    longRunning: false,
    servesWeb: false,
    exposedPort: null,
    workingSetMiB: { min: 8, max: 12 },
    pids: 1,
    created: '4 weeks ago',
    sizeFromReference: false,
  },
  {
    repository: 'alpine',
    tag: 'latest',
    compressedMB: 3.6,
    sizeMB: 7.8,
    layers: 1,
    command: '"/bin/sh"',
    longRunning: false,
    servesWeb: false,
    exposedPort: null,
    workingSetMiB: { min: 1, max: 2 },
    pids: 1,
    created: '5 weeks ago',
    sizeFromReference: true,
  },
  {
    repository: 'ubuntu',
    tag: 'latest',
    compressedMB: 29.7,
    sizeMB: 78.1,
    layers: 1,
    command: '"/bin/bash"',
    longRunning: false,
    servesWeb: false,
    exposedPort: null,
    workingSetMiB: { min: 1, max: 3 },
    pids: 1,
    created: '5 weeks ago',
    sizeFromReference: true,
  },
  {
    repository: 'debian',
    tag: 'latest',
    compressedMB: 48.5,
    sizeMB: 117,
    layers: 1,
    command: '"bash"',
    longRunning: false,
    servesWeb: false,
    exposedPort: null,
    workingSetMiB: { min: 1, max: 3 },
    pids: 1,
    created: '5 weeks ago',
    sizeFromReference: true,
  },
];

export type ImageRef = `${string}:${string}`;

export function refOf(image: Pick<CatalogImage, 'repository' | 'tag'>): ImageRef {
  return `${image.repository}:${image.tag}`;
}

export function catalogImage(ref: string): CatalogImage | undefined {
  return IMAGE_CATALOG.find((image) => refOf(image) === ref);
}

function stableHex(label: string, length: number): string {
  return nextHex(seedRng(crc32(label)), length)[0];
}

/** `sha256:…` repo digest `docker pull` prints. */
export function imageDigest(ref: string): string {
  return `sha256:${stableHex(`digest ${ref}`, 64)}`;
}

/** The 12-hex IMAGE ID `docker images` prints. */
export function imageId(ref: string): string {
  return stableHex(`image ${ref}`, 12);
}

/** The 12-hex layer ids `docker pull` lists. */
export function layerIds(image: CatalogImage): string[] {
  return Array.from({ length: image.layers }, (_, index) => stableHex(`layer ${refOf(image)} ${index}`, 12));
}

export type ParsedReference =
  | {
      readonly ok: true;
      readonly ref: ImageRef;
      readonly repository: string;
      readonly tag: string;
      readonly explicitTag: boolean;
    }
  | { readonly ok: false; readonly error: string };

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/**
 * Docker's reference rules, simplified: `[docker.io/][library/]name[:tag]`. Official images are
 * shown without `library/`, and a missing tag means `latest`.
 */
export function parseImageReference(input: string): ParsedReference {
  const colon = input.lastIndexOf(':');
  const hasTag = colon > input.lastIndexOf('/');
  const name = hasTag ? input.slice(0, colon) : input;
  const tag = hasTag ? input.slice(colon + 1) : 'latest';
  const parts = name.split('/');
  if (parts[0] === 'docker.io' || parts[0] === 'index.docker.io') parts.shift();
  if (parts.length === 1) parts.unshift('library');
  if (parts.some((part) => part !== part.toLowerCase() && COMPONENT.test(part.toLowerCase()))) {
    return {
      ok: false,
      error: `invalid reference format: repository name (${parts.join('/')}) must be lowercase`,
    };
  }
  if (input === '' || !parts.every((part) => COMPONENT.test(part)) || !TAG.test(tag)) {
    return { ok: false, error: 'invalid reference format' };
  }
  const repository = parts[0] === 'library' ? parts.slice(1).join('/') : parts.join('/');
  return { ok: true, ref: `${repository}:${tag}`, repository, tag, explicitTag: hasTag };
}

/** Why the registry will not serve a well-formed reference, in Docker Hub's words, or null. */
export function registryError(parsed: { repository: string; tag: string; ref: string }): string | null {
  if (catalogImage(parsed.ref) !== undefined) return null;
  if (IMAGE_CATALOG.some((image) => image.repository === parsed.repository)) {
    return `manifest for ${parsed.ref} not found: manifest unknown: manifest unknown`;
  }
  return `pull access denied for ${parsed.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
}
