import type { Range } from '../core/rng';

/**
 * Every number the containers-vs-VMs simulator uses, with where it comes from, so the UI can show
 * "ranges with their source". Durations are drawn from these ranges with the seeded PRNG.
 * The ranges follow the course's behaviour reference (shared/reference/aws-containers.md §10.2),
 * which says they are rough typical ranges, not AWS-documented constants. Learners see only the
 * public sources behind them; where no public source gives the number, the source says it is the
 * course's own estimate.
 */

/** Shown to learners: web addresses, or a plain label for the course's own estimates. */
export const SOURCES = {
  dockerOverview: 'https://docs.docker.com/get-started/docker-overview/',
  alpineReadme: 'https://github.com/alpinelinux/docker-alpine',
  firecracker: 'https://firecracker-microvm.github.io/',
  t3Types: 'https://aws.amazon.com/ec2/instance-types/t3/',
  ec2Terminate: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html',
  estimate: 'Course estimate (not a measured figure)',
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

const ESTIMATE = [SOURCES.estimate];

export const FIGURES = {
  vmPending: {
    label: 'EC2 launch (pending until running)',
    range: { min: 5_000, max: 15_000 },
    unit: 'ms',
    sources: ESTIMATE,
    confirmed: false,
    note: 'Launching an instance and booting its operating system typically takes tens of seconds to several minutes; this is the first part.',
  },
  vmOsBoot: {
    label: 'Guest OS boot (kernel, init, services)',
    range: { min: 30_000, max: 90_000 },
    unit: 'ms',
    sources: [SOURCES.estimate, SOURCES.firecracker],
    confirmed: false,
    note: 'A full guest OS on an EC2 instance. For contrast, Firecracker microVMs (a stripped-down VM with a handful of devices) aim to reach the guest’s init within 125 ms.',
  },
  vmAppStart: {
    label: 'App start inside the VM',
    range: { min: 5_000, max: 15_000 },
    unit: 'ms',
    sources: ESTIMATE,
    confirmed: false,
  },
  vmShutdown: {
    label: 'shutting-down until terminated',
    range: { min: 5_000, max: 20_000 },
    unit: 'ms',
    sources: [SOURCES.estimate, SOURCES.ec2Terminate],
    confirmed: false,
  },
  guestOsMemory: {
    label: 'Guest OS memory per VM',
    range: { min: 250, max: 450 },
    unit: 'MiB',
    sources: [SOURCES.estimate, SOURCES.firecracker],
    confirmed: false,
    note: 'Each VM carries a whole guest OS: hundreds of MB of RAM, GBs of disk, its own kernel and init. For contrast, Firecracker’s minimal microVMs aim for under 5 MiB of memory overhead each, on top of what their guest uses.',
  },
  containerStart: {
    label: 'Container start (image already local)',
    range: { min: 50, max: 1_000 },
    unit: 'ms',
    sources: [SOURCES.estimate, SOURCES.dockerOverview],
    confirmed: false,
    note: 'A container is a process on the running kernel, so there is no OS to boot. One host starts one container at a time: docker run -d returns only once the daemon has created and started its container, so a loop of 18 runs takes several seconds (each start begins when the previous run finished, and after the image pull if one was needed).',
  },
  shimMemory: {
    label: 'containerd-shim memory per container',
    range: { min: 2, max: 6 },
    unit: 'MiB',
    sources: [SOURCES.estimate, SOURCES.dockerOverview],
    confirmed: false,
    note: 'A few MB of RAM for the runtime shim that keeps each container running; no guest kernel.',
  },
  pullHandshake: {
    label: 'Registry round trips before layers flow',
    range: { min: 300, max: 1_500 },
    unit: 'ms',
    sources: ESTIMATE,
    confirmed: false,
  },
  pullBandwidth: {
    label: 'Download speed from the registry',
    range: { min: 20, max: 60 },
    unit: 'MB/s',
    sources: [SOURCES.estimate, SOURCES.alpineReadme],
    confirmed: false,
    note: 'A pull takes the image’s download size divided by this speed, plus extraction. Image sizes follow the official images’ own figures where they publish them (alpine: about 3 MB to download, "only 5MB" unpacked); the nginx sizes are estimates.',
  },
  layerExtract: {
    label: 'Layer extraction speed',
    range: { min: 150, max: 250 },
    unit: 'MB/s',
    sources: ESTIMATE,
    confirmed: false,
  },
  replicaCapacity: {
    label: 'Requests each ready replica serves',
    range: { min: 125, max: 125 },
    unit: 'req/s',
    sources: ESTIMATE,
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
