import type { Architecture, ImageConfig, Layer, PlatformImage, ScanFinding } from './types';
import { digestOf } from './hash';
import { manifestFor } from './manifests';

/**
 * The public base images a Dockerfile can start FROM. Sizes follow reference §10.2 where it gives
 * them (alpine ≈ 3 MB, nginx:alpine ≈ 20 MB, nginx ≈ 60–70 MB compressed); python and node are
 * approximations. Layer digests are derived from a name for each layer, not the real (ever-changing)
 * ones, but two images that share a layer (nginx:alpine is built on alpine) share its digest, as
 * on Docker Hub. Findings are a fixed, simulated snapshot of what a scanner reports.
 */
interface LayerSpec {
  readonly id: string;
  readonly sizeMB: number;
  readonly createdBy: string;
}

interface BaseSpec {
  readonly name: string;
  readonly tags: readonly string[];
  readonly layers: readonly LayerSpec[];
  readonly config: Omit<ImageConfig, 'architecture' | 'os' | 'history' | 'labels'>;
  readonly findings: readonly ScanFinding[];
}

const ALPINE_ROOTFS: LayerSpec = { id: 'alpine-3.20-rootfs', sizeMB: 3.6, createdBy: 'ADD alpine-minirootfs-3.20.3.tar.gz / # buildkit' };
const DEBIAN_ROOTFS: LayerSpec = { id: 'debian-bookworm-rootfs', sizeMB: 28.2, createdBy: 'ADD rootfs.tar.xz / # buildkit' };
const DEBIAN_BULLSEYE_ROOTFS: LayerSpec = { id: 'debian-bullseye-rootfs', sizeMB: 31.4, createdBy: 'ADD rootfs.tar.xz / # buildkit' };

const NGINX_CONFIG = {
  entrypoint: ['/docker-entrypoint.sh'],
  cmd: ['nginx', '-g', 'daemon off;'],
  exposedPorts: [80],
  env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.27.2'],
  workdir: '/',
  user: '',
} as const;

function nginxLayers(prefix: string, installMB: number, installer: 'apk add' | 'apt-get install'): LayerSpec[] {
  return [
    { id: `${prefix}-install`, sizeMB: installMB, createdBy: `RUN /bin/sh -c set -x && addgroup … && ${installer} … nginx # buildkit` },
    { id: `${prefix}-entrypoint`, sizeMB: 0.0006, createdBy: 'COPY docker-entrypoint.sh / # buildkit' },
    { id: `${prefix}-listen-ipv6`, sizeMB: 0.0009, createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit' },
    { id: `${prefix}-envsubst`, sizeMB: 0.0012, createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit' },
    { id: `${prefix}-tune-workers`, sizeMB: 0.0045, createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit' },
  ];
}

/** Findings Debian images always carry (no fix released): low severity, e.g. apt's 2011 CVE. */
const DEBIAN_LOW: readonly ScanFinding[] = [
  { name: 'CVE-2011-3374', severity: 'LOW', packageName: 'apt', packageVersion: '2.6.1', description: 'apt-key does not correctly validate keyring downloads.' },
  { name: 'CVE-2022-0563', severity: 'LOW', packageName: 'util-linux', packageVersion: '2.38.1-5', description: 'chfn and chsh may leak file contents through readline.' },
  { name: 'CVE-2017-18018', severity: 'LOW', packageName: 'coreutils', packageVersion: '9.1-1', description: 'A race condition in chown and chgrp -R -L.' },
];

/** The same unfixed findings as Debian 11 (bullseye) packages them. */
const BULLSEYE_LOW: readonly ScanFinding[] = [
  { name: 'CVE-2011-3374', severity: 'LOW', packageName: 'apt', packageVersion: '2.2.4', description: 'apt-key does not correctly validate keyring downloads.' },
  { name: 'CVE-2022-0563', severity: 'LOW', packageName: 'util-linux', packageVersion: '2.36.1-8', description: 'chfn and chsh may leak file contents through readline.' },
  { name: 'CVE-2017-18018', severity: 'LOW', packageName: 'coreutils', packageVersion: '8.32-4', description: 'A race condition in chown and chgrp -R -L.' },
];

/** An image from 2021: the OpenSSL and zlib it shipped have since had serious CVEs. */
const OLD_OPENSSL: readonly ScanFinding[] = [
  { name: 'CVE-2021-3711', severity: 'CRITICAL', packageName: 'openssl', packageVersion: '1.1.1k-1', description: 'SM2 decryption buffer overflow.' },
  { name: 'CVE-2022-37434', severity: 'CRITICAL', packageName: 'zlib', packageVersion: '1:1.2.11.dfsg-2', description: 'Heap buffer overflow in inflateGetHeader.' },
  { name: 'CVE-2022-0778', severity: 'HIGH', packageName: 'openssl', packageVersion: '1.1.1k-1', description: 'Infinite loop in BN_mod_sqrt() parsing certificates.' },
  ...BULLSEYE_LOW,
];

const BASES: readonly BaseSpec[] = [
  {
    name: 'alpine',
    tags: ['3.20', 'latest'],
    layers: [ALPINE_ROOTFS],
    config: { entrypoint: null, cmd: ['/bin/sh'], exposedPorts: [], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], workdir: '/', user: '' },
    findings: [],
  },
  {
    name: 'nginx',
    tags: ['1.27-alpine', 'alpine'],
    layers: [ALPINE_ROOTFS, ...nginxLayers('nginx-1.27-alpine', 16.4, 'apk add')],
    config: NGINX_CONFIG,
    findings: [],
  },
  {
    name: 'nginx',
    tags: ['1.27', 'latest'],
    layers: [DEBIAN_ROOTFS, ...nginxLayers('nginx-1.27-bookworm', 39.8, 'apt-get install')],
    config: NGINX_CONFIG,
    findings: DEBIAN_LOW,
  },
  {
    name: 'nginx',
    tags: ['1.21'],
    layers: [DEBIAN_BULLSEYE_ROOTFS, ...nginxLayers('nginx-1.21-bullseye', 24.9, 'apt-get install')],
    config: { ...NGINX_CONFIG, env: [NGINX_CONFIG.env[0], 'NGINX_VERSION=1.21.6'] },
    findings: OLD_OPENSSL,
  },
  {
    name: 'python',
    tags: ['3.12-slim'],
    layers: [DEBIAN_ROOTFS, { id: 'python-3.12-deps', sizeMB: 3.5, createdBy: 'RUN /bin/sh -c apt-get update; apt-get install -y ca-certificates… # buildkit' }, { id: 'python-3.12-build', sizeMB: 12.6, createdBy: 'RUN /bin/sh -c set -eux; … python3 … # buildkit' }],
    config: { entrypoint: null, cmd: ['python3'], exposedPorts: [], env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin', 'PYTHON_VERSION=3.12.7'], workdir: '/', user: '' },
    findings: DEBIAN_LOW,
  },
  {
    name: 'node',
    tags: ['22-alpine'],
    layers: [ALPINE_ROOTFS, { id: 'node-22-alpine-node', sizeMB: 47.8, createdBy: 'RUN /bin/sh -c addgroup -g 1000 node … # buildkit' }, { id: 'node-22-alpine-yarn', sizeMB: 1.3, createdBy: 'RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn … # buildkit' }],
    config: { entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], exposedPorts: [], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_VERSION=22.11.0'], workdir: '/', user: '' },
    findings: [],
  },
];

const ARCHITECTURES: readonly Architecture[] = ['amd64', 'arm64'];

export interface BaseImage {
  /** `docker.io/library/nginx:1.27-alpine`. */
  readonly canonical: string;
  readonly findings: readonly ScanFinding[];
  readonly platform: (architecture: Architecture) => PlatformImage;
}

/** `nginx`, `nginx:alpine`, `docker.io/library/nginx:1.27` all name the same base. */
export function findBaseImage(reference: string): BaseImage | undefined {
  const trimmed = reference.replace(/^docker\.io\//, '').replace(/^library\//, '');
  const [name, tag = 'latest'] = trimmed.split(':');
  const spec = BASES.find((base) => base.name === name && base.tags.includes(tag));
  if (spec === undefined) return undefined;
  const canonical = `docker.io/library/${spec.name}:${spec.tags[0]}`;
  return { canonical, findings: spec.findings, platform: (architecture) => basePlatformImage(spec, canonical, architecture) };
}

export function baseImageNames(): string[] {
  return BASES.flatMap((base) => base.tags.map((tag) => `${base.name}:${tag}`));
}

function layerOf(spec: LayerSpec, architecture: Architecture): Layer {
  return {
    digest: digestOf(`dockyard base layer ${spec.id} ${architecture}`),
    sizeBytes: Math.round(spec.sizeMB * 1_000_000),
    createdBy: spec.createdBy,
  };
}

function basePlatformImage(spec: BaseSpec, canonical: string, architecture: Architecture): PlatformImage {
  const layers = spec.layers.map((layer) => layerOf(layer, architecture));
  const config: ImageConfig = {
    ...spec.config,
    architecture,
    os: 'linux',
    labels: {},
    history: spec.layers.map((layer, index) => ({ createdBy: layer.createdBy, layerDigest: layers[index]?.digest ?? null })),
  };
  return { ...manifestFor(config, layers), base: canonical };
}

export { ARCHITECTURES };
