import type { Container, VmSimState } from '../../sim/vm/types';
import { visibleContainers } from '../../sim/vm/container-refs';
import { catalogImage, imageId } from '../../sim/vm/images';
import { HOST, REPLICA_CAPACITY_RPS } from '../../sim/vm/figures';
import { latestSample } from '../../sim/vm/selectors';
import { formatTable } from '../table';

/** go-units HumanDuration, which `docker ps` uses for CREATED and STATUS. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(seconds / 3600);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

/** Docker shows official images without `:latest`. */
export function displayImage(ref: string): string {
  return ref.endsWith(':latest') ? ref.slice(0, -':latest'.length) : ref;
}

function ports(c: Container): string {
  if (c.status !== 'running') return '';
  if (c.publish !== null) {
    const { hostPort, containerPort } = c.publish;
    return `0.0.0.0:${hostPort}->${containerPort}/tcp, [::]:${hostPort}->${containerPort}/tcp`;
  }
  const exposed = catalogImage(c.image)?.exposedPort;
  return exposed === null || exposed === undefined ? '' : `${exposed}/tcp`;
}

function status(c: Container, now: number): string {
  switch (c.status) {
    case 'running':
      return `Up ${humanDuration(now - (c.startedAt ?? now))}`;
    case 'exited':
      return `Exited (${c.exitCode ?? 0}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
    case 'created':
    case 'pulling':
      return 'Created';
    default: {
      const unreachable: never = c.status;
      return unreachable;
    }
  }
}

/** `docker ps [-a]`: newest first, docker's columns. */
export function formatPs(state: VmSimState, all: boolean, quiet: boolean): string {
  const shown = visibleContainers(state)
    .filter((c) => all || c.status === 'running')
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (b.c.createdAt ?? 0) - (a.c.createdAt ?? 0) || b.index - a.index)
    .map(({ c }) => c);
  if (quiet) return shown.map((c) => c.id.slice(0, 12)).join('\n');
  const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
  const rows = shown.map((c) => [
    c.id.slice(0, 12),
    displayImage(c.image),
    catalogImage(c.image)?.command ?? '""',
    `${humanDuration(state.now - (c.createdAt ?? state.now))} ago`,
    status(c, state.now),
    ports(c),
    c.name,
  ]);
  return formatTable([header, ...rows]);
}

/** Docker's SI sizes (`192MB`, `7.8MB`). */
export function formatSizeMB(mb: number): string {
  return mb >= 1000 ? `${Number((mb / 1000).toPrecision(3))}GB` : `${Number(mb.toPrecision(3))}MB`;
}

export function formatImages(state: VmSimState): string {
  const rows = [...state.images]
    .map((image, index) => ({ image, index }))
    .sort((a, b) => b.image.pulledAt - a.image.pulledAt || b.index - a.index)
    .map(({ image }) => {
      const entry = catalogImage(image.ref);
      const [repository = image.ref, tag = 'latest'] = image.ref.split(':');
      return [repository, tag, imageId(image.ref), entry?.created ?? 'N/A', formatSizeMB(entry?.sizeMB ?? 0)];
    });
  return formatTable([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], ...rows]);
}

/** Binary sizes like docker stats (`23.5MiB`, `64GiB`). */
export function formatMiBShort(mib: number): string {
  return mib >= 1024 ? `${Number((mib / 1024).toPrecision(4))}GiB` : `${Number(mib.toPrecision(4))}MiB`;
}

/**
 * `docker stats --no-stream`. CPU % is the container's share of the web load in the last second,
 * at roughly half a core per fully busy replica (a simulator assumption).
 */
export function formatStats(state: VmSimState): string {
  const running = visibleContainers(state).filter((c) => c.status === 'running');
  const sample = latestSample(state);
  const replicas = sample?.container.ready ?? 0;
  const busy = replicas === 0 ? 0 : Math.min(1, (sample?.rps ?? 0) / (replicas * REPLICA_CAPACITY_RPS));
  const rows = running.map((c) => {
    const usage = c.workingSetMiB + c.shimMiB;
    const limit = c.memoryLimitMiB ?? HOST.memoryMiB;
    const cpu = catalogImage(c.image)?.servesWeb === true ? busy * 50 : 0;
    return [
      c.id.slice(0, 12),
      c.name,
      `${cpu.toFixed(2)}%`,
      `${formatMiBShort(usage)} / ${formatMiBShort(limit)}`,
      `${((usage / limit) * 100).toFixed(2)}%`,
      '0B / 0B',
      '0B / 0B',
      String(catalogImage(c.image)?.pids ?? 1),
    ];
  });
  return formatTable([
    ['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'],
    ...rows,
  ]);
}
