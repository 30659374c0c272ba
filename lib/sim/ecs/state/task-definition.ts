/** Task definitions (reference §2). Part of the ECS state (../types.ts). */
import type { Compatibility, NetworkMode } from './account';

export interface PortMapping {
  readonly containerPort: number;
  /** 0 in bridge mode means a dynamic port; awsvpc and host mode make it equal to containerPort. */
  readonly hostPort: number;
  readonly protocol: 'tcp' | 'udp';
}

export interface HealthCheck {
  readonly command: readonly string[];
  readonly interval: number;
  readonly timeout: number;
  readonly retries: number;
  readonly startPeriod: number;
}

export interface ContainerDefinition {
  readonly name: string;
  readonly image: string;
  readonly cpu: number;
  /** Hard limit (MiB): the container is killed when it goes over. */
  readonly memory: number | null;
  /** Soft limit (MiB): what placement reserves when set. */
  readonly memoryReservation: number | null;
  readonly essential: boolean;
  readonly portMappings: readonly PortMapping[];
  readonly environment: readonly { readonly name: string; readonly value: string }[];
  readonly secrets: readonly { readonly name: string; readonly valueFrom: string }[];
  readonly command: readonly string[] | null;
  readonly entryPoint: readonly string[] | null;
  readonly dependsOn: readonly {
    readonly containerName: string;
    readonly condition: 'START' | 'COMPLETE' | 'SUCCESS' | 'HEALTHY';
  }[];
  readonly healthCheck: HealthCheck | null;
  readonly logConfiguration: {
    readonly logDriver: string;
    readonly options: Readonly<Record<string, string>>;
  } | null;
  readonly stopTimeout: number | null;
}

export interface PlacementConstraint {
  readonly type: 'distinctInstance' | 'memberOf';
  readonly expression?: string;
}

export interface PlacementStrategy {
  readonly type: 'binpack' | 'spread' | 'random';
  readonly field?: string;
}

export interface TaskDefinition {
  readonly family: string;
  readonly revision: number;
  readonly arn: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly networkMode: NetworkMode;
  readonly requiresCompatibilities: readonly Compatibility[];
  /** The launch types this definition was validated for (EC2 always; FARGATE when it qualifies). */
  readonly compatibilities: readonly Compatibility[];
  /** Task-level CPU units and MiB, normalised from "1 vCPU" / "2 GB" (§2.2), or null when unset. */
  readonly cpu: number | null;
  readonly memory: number | null;
  readonly executionRoleArn: string | null;
  readonly taskRoleArn: string | null;
  readonly runtimePlatform: {
    readonly operatingSystemFamily: string;
    readonly cpuArchitecture: 'X86_64' | 'ARM64';
  } | null;
  readonly placementConstraints: readonly PlacementConstraint[];
  readonly containerDefinitions: readonly ContainerDefinition[];
  readonly registeredAt: number;
  readonly deregisteredAt: number | null;
}
