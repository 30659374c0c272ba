import { SIM_EPOCH_MS } from '@/lib/cli/vm/aws-format';
import { crc32 } from '@/lib/sim/core/base64url';
import { nextHex, seedRng } from '@/lib/sim/core/rng';
import { catalogImage, imageId } from '@/lib/sim/vm/images';
import type { Container } from '@/lib/sim/vm/types';
import { imageLabel } from './format';

/**
 * `docker inspect NAME` for the inspector, built from state (the console does not simulate
 * `docker inspect`): the fields a learner looks at, in docker's order and 4-space indent.
 */

/** Entrypoint and command of each catalog image, as its Dockerfile sets them. */
const PROCESS: Record<string, { path: string; args: string[] }> = {
  nginx: { path: '/docker-entrypoint.sh', args: ['nginx', '-g', 'daemon off;'] },
  httpd: { path: 'httpd-foreground', args: [] },
  redis: { path: 'docker-entrypoint.sh', args: ['redis-server'] },
  node: { path: 'docker-entrypoint.sh', args: ['node'] },
  alpine: { path: '/bin/sh', args: [] },
  ubuntu: { path: '/bin/bash', args: [] },
  debian: { path: 'bash', args: [] },
};

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** RFC 3339 with nanoseconds, on the same fixed calendar as the AWS output. */
function dockerTime(ms: number | null): string {
  return ms === null ? ZERO_TIME : new Date(SIM_EPOCH_MS + ms).toISOString().replace('Z', '000000Z');
}

/** The full image id: the 12 digits `docker images` shows, then a stable rest. */
function fullImageId(ref: string): string {
  return `sha256:${imageId(ref)}${nextHex(seedRng(crc32(`image rest ${ref}`)), 52)[0]}`;
}

export function dockerInspectJson(container: Container): string {
  const image = catalogImage(container.image);
  const process = PROCESS[image?.repository ?? ''] ?? { path: '', args: [] };
  const running = container.status === 'running';
  const port =
    container.publish ?? (image?.exposedPort ? { containerPort: image.exposedPort, hostPort: null } : null);
  const exposed = port === null ? {} : { [`${port.containerPort}/tcp`]: {} };
  const bindings =
    container.publish === null
      ? {}
      : {
          [`${container.publish.containerPort}/tcp`]: [
            { HostIp: '', HostPort: String(container.publish.hostPort) },
          ],
        };
  const inspect = {
    Id: container.id,
    Created: dockerTime(container.createdAt),
    Path: process.path,
    Args: process.args,
    State: {
      Status: container.status,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: container.oomKilled,
      Dead: false,
      // A stable pretend PID while the process runs; 0 when there is no process.
      Pid: running ? 1000 + (parseInt(container.id.slice(0, 6), 16) % 60000) : 0,
      ExitCode: container.exitCode ?? 0,
      Error: container.portBlocked ? 'port is already allocated' : '',
      StartedAt: dockerTime(container.startedAt),
      FinishedAt: dockerTime(container.finishedAt),
    },
    Image: fullImageId(container.image),
    Name: `/${container.name}`,
    RestartCount: 0,
    Driver: 'overlayfs',
    Platform: 'linux',
    HostConfig: {
      NetworkMode: 'bridge',
      PortBindings: bindings,
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      // Bytes; 0 means no limit (the container may use whatever the host has free).
      Memory: (container.memoryLimitMiB ?? 0) * 1024 * 1024,
    },
    Config: {
      Hostname: container.id.slice(0, 12),
      ExposedPorts: exposed,
      Cmd: process.args.length > 0 ? process.args : [process.path],
      Image: imageLabel(container.image),
    },
  };
  return JSON.stringify([inspect], null, 4);
}
