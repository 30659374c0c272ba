import type { Range } from '../core/rng';

/**
 * Every number the containers-vs-VMs simulator uses, with where it comes from, so the UI can show
 * "ranges with their source". Durations are drawn from these ranges with the seeded PRNG.
 * Most come from the shared reference (../reference/aws-containers.md §10.2), which itself says they
 * are rough typical ranges, not AWS-documented constants; figures marked `confirmed: false` are the
 * simulator's own approximations.
 */

export const SOURCES = {
  reference: 'Dockyard behaviour reference, §10.2 "Realistic figures" (aws-containers.md)',
  dockerOverview: 'https://docs.docker.com/get-started/docker-overview/',
  alpineReadme: 'https://github.com/alpinelinux/docker-alpine',
  firecracker: 'https://firecracker-microvm.github.io/',
  t3Types: 'https://aws.amazon.com/ec2/instance-types/t3/',
  ec2Terminate: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html',
  simulator: 'Simulator assumption (not a measured figure)',
} as const;

export interface Figure {
  readonly label: string;
  readonly range: Range;
  readonly unit: 'ms' | 'MiB' | 'MB/s' | 'req/s';
  readonly sources: readonly string[];
  /** False when no primary source backs the exact range. */
  readonly confirmed: boolean;
  readonly note?: string;
}

const REF = [SOURCES.reference];

export const FIGURES = {
  vmPending: {
    label: 'EC2 launch (pending until running)',
    range: { min: 5_000, max: 15_000 },
    unit: 'ms',
    sources: REF,
    confirmed: false,
    note: 'Part of "instance launch + OS boot: tens of seconds to several minutes".',
  },
  vmOsBoot: {
    label: 'Guest OS boot (kernel, init, services)',
    range: { min: 30_000, max: 90_000 },
    unit: 'ms',
    sources: REF,
    confirmed: false,
  },
  vmAppStart: {
    label: 'App start inside the VM',
    range: { min: 5_000, max: 15_000 },
    unit: 'ms',
    sources: REF,
    confirmed: false,
  },
  vmShutdown: {
    label: 'shutting-down until terminated',
    range: { min: 5_000, max: 20_000 },
    unit: 'ms',
    sources: [SOURCES.simulator],
    confirmed: false,
  },
  guestOsMemory: {
    label: 'Guest OS memory per VM',
    range: { min: 250, max: 450 },
    unit: 'MiB',
    sources: REF,
    confirmed: true,
    note: '"A whole guest OS: hundreds of MB of RAM, GBs of disk, its own kernel and init."',
  },
  containerStart: {
    label: 'Container process start (image already local)',
    range: { min: 50, max: 1_000 },
    unit: 'ms',
    sources: REF,
    confirmed: true,
  },
  shimMemory: {
    label: 'containerd-shim memory per container',
    range: { min: 2, max: 6 },
    unit: 'MiB',
    sources: [SOURCES.reference, SOURCES.dockerOverview],
    confirmed: true,
    note: '"A few MB of RAM for the runtime shim; no guest kernel."',
  },
  pullHandshake: {
    label: 'Registry round trips before layers flow',
    range: { min: 300, max: 1_500 },
    unit: 'ms',
    sources: [SOURCES.simulator],
    confirmed: false,
  },
  pullBandwidth: {
    label: 'Download speed from the registry',
    range: { min: 20, max: 60 },
    unit: 'MB/s',
    sources: [SOURCES.simulator],
    confirmed: false,
  },
  layerExtract: {
    label: 'Layer extraction speed',
    range: { min: 150, max: 250 },
    unit: 'MB/s',
    sources: [SOURCES.simulator],
    confirmed: false,
  },
  replicaCapacity: {
    label: 'Requests each ready replica serves',
    range: { min: 125, max: 125 },
    unit: 'req/s',
    sources: [SOURCES.simulator],
    confirmed: false,
    note: 'The same for a VM and a container: the app is the same, only the packaging differs. Chosen so 2 replicas absorb 200 req/s and 20 replicas drain a backlog at 2,000 req/s.',
  },
} as const satisfies Record<string, Figure>;

/** How long describe-instances keeps listing a terminated instance ("about an hour"). */
export const TERMINATED_VISIBLE_MS = 60 * 60 * 1000;
export const REPLICA_CAPACITY_RPS = FIGURES.replicaCapacity.range.max;
export const SAMPLE_HISTORY = 900;

/** Two identical hosts side by side. */
export const HOST = { cores: 16, memoryMiB: 64 * 1024 } as const;
/** Memory the hypervisor keeps for itself before any VM. */
export const HYPERVISOR_RESERVED_MIB = 1024;
/** Host OS kernel + systemd (~500 MiB) plus dockerd and containerd (~100 MiB) on the container host. */
export const CONTAINER_HOST_OS_MIB = 600;

export interface InstanceType {
  readonly name: string;
  readonly vcpus: number;
  readonly memoryMiB: number;
}

/** Real EC2 T3 sizes (source: SOURCES.t3Types). A VM reserves all of its memory on the host. */
export const INSTANCE_TYPES: readonly InstanceType[] = [
  { name: 't3.nano', vcpus: 2, memoryMiB: 512 },
  { name: 't3.micro', vcpus: 2, memoryMiB: 1024 },
  { name: 't3.small', vcpus: 2, memoryMiB: 2048 },
  { name: 't3.medium', vcpus: 2, memoryMiB: 4096 },
  { name: 't3.large', vcpus: 2, memoryMiB: 8192 },
];

export function instanceType(name: string): InstanceType | undefined {
  return INSTANCE_TYPES.find((type) => type.name === name);
}

/** The working set of the web app itself, the same in a VM or a container (nginx-like). */
export const WEB_APP_MEMORY: Range = { min: 20, max: 40 };
export const DEFAULT_AMI = 'ami-0abcdef1234567890';
export const REGION = 'us-east-1';
export const AVAILABILITY_ZONE = 'us-east-1a';
export const ACCOUNT_ID = '123456789012';
