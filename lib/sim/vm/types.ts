import type { BaseState } from '../core/types';
import type { ImageRef } from './images';

/** EC2 instance states the simulator uses, with the codes the API reports. */
export const EC2_STATE_CODES = { pending: 0, running: 16, 'shutting-down': 32, terminated: 48 } as const;
export type VmStateName = keyof typeof EC2_STATE_CODES;

/** What a running VM is doing: the OS is booting, the app is starting, or it serves requests. */
export type VmPhase = 'booting' | 'starting-app' | 'ready';

export interface Vm {
  /** `i-0…` (17 hex digits), derived from the seed. */
  readonly id: string;
  readonly reservationId: string;
  readonly instanceType: string;
  readonly imageId: string;
  /** AmiLaunchIndex: position within its RunInstances call. */
  readonly launchIndex: number;
  readonly privateIp: string;
  readonly launchedAt: number;
  readonly state: VmStateName;
  /** Only while `running`. */
  readonly phase: VmPhase | null;
  /** The next scheduled change of this VM (absolute ms), or null. */
  readonly nextAt: number | null;
  /** Absolute times drawn at launch from the figures' ranges. */
  readonly plan: { readonly runningAt: number; readonly osReadyAt: number; readonly readyAt: number };
  /** The whole instance memory, reserved on the hypervisor host from launch until terminated. */
  readonly memoryMiB: number;
  readonly guestOsMiB: number;
  readonly appMiB: number;
  readonly terminatedAt: number | null;
}

/** Docker's container states plus `pulling` (waiting for its image; docker has not created it yet). */
export type ContainerStatus = 'pulling' | 'created' | 'running' | 'exited';

export interface PortBinding {
  readonly hostPort: number;
  readonly containerPort: number;
}

export interface Container {
  /** 64 hex digits; the CLI shows the first 12. */
  readonly id: string;
  readonly name: string;
  readonly image: ImageRef;
  readonly status: ContainerStatus;
  /** When `docker run` was issued. */
  readonly requestedAt: number;
  /** When docker created it (after the pull, if one was needed). */
  readonly createdAt: number | null;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly exitCode: number | null;
  readonly oomKilled: boolean;
  /** The next scheduled change (start), or null. */
  readonly nextAt: number | null;
  readonly startDelayMs: number;
  readonly workingSetMiB: number;
  readonly shimMiB: number;
  /** `-m`: a cgroup limit, not a reservation. */
  readonly memoryLimitMiB: number | null;
  readonly publish: PortBinding | null;
  /** Created, but its host port was taken, so docker could not start it. */
  readonly portBlocked: boolean;
}

export interface CachedImage {
  readonly ref: ImageRef;
  readonly pulledAt: number;
}

export interface ImagePull {
  readonly ref: ImageRef;
  readonly startedAt: number;
  readonly doneAt: number;
}

export type Side = 'vm' | 'container';

export interface SideLoad {
  /** Requests waiting, never negative. */
  readonly queue: number;
  /** Requests served since the start. */
  readonly served: number;
}

export interface SideSample {
  readonly ready: number;
  readonly capacity: number;
  readonly queue: number;
}

/** One whole simulated second of the workload. */
export interface LoadSample {
  readonly t: number;
  readonly rps: number;
  readonly vm: SideSample;
  readonly container: SideSample;
}

export interface ReadyPoint {
  readonly t: number;
  readonly ready: number;
}

export interface VmSimState extends BaseState {
  readonly vms: readonly Vm[];
  readonly containers: readonly Container[];
  readonly images: readonly CachedImage[];
  readonly pulls: readonly ImagePull[];
  /** Incoming requests per second, set by the load generator. */
  readonly rps: number;
  readonly load: { readonly vm: SideLoad; readonly container: SideLoad };
  /** The last {@link SAMPLE_HISTORY} samples. */
  readonly samples: readonly LoadSample[];
  /** Each side's ready-replica count whenever it changed (bounded). */
  readonly readiness: { readonly vm: readonly ReadyPoint[]; readonly container: readonly ReadyPoint[] };
  /** When each side was last asked to scale up (LaunchVms / RunContainers), for "time to N ready". */
  readonly lastScaleAt: { readonly vm: number | null; readonly container: number | null };
  /** VMs launched so far (private IPs are derived from it). */
  readonly vmSerial: number;
}
