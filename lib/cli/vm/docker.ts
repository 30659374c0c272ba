import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { resolveContainer, visibleContainers } from '../../sim/vm/container-refs';
import { IMAGE_CATALOG, imageDigest, parseImageReference, refOf, registryError } from '../../sim/vm/images';
import { fail, print, type CliProgram, type CliResult } from '../types';
import { parseFlags, type FlagSpec } from './docker-flags';
import { dockerRun, pullStartLines } from './docker-run';
import { formatImages, formatPs, formatStats } from './docker-format';
import { dockyardHint, withHint } from '../suggest';
import {
  SIMULATED_SUBCOMMANDS as SIMULATED,
  flagHint,
  imageHint,
  missingArgumentHint,
  noSuchContainerHint,
  runningContainerHint,
  subcommandHint,
} from './docker-hints';

type Result = CliResult<VmSimState, VmCommand>;

/** Real docker commands this console does not simulate (anything else is "not a docker command"). */
const NOT_SIMULATED = [
  'attach',
  'build',
  'commit',
  'compose',
  'container',
  'cp',
  'create',
  'exec',
  'image',
  'info',
  'inspect',
  'kill',
  'login',
  'logout',
  'logs',
  'network',
  'pause',
  'port',
  'push',
  'rename',
  'restart',
  'rmi',
  'save',
  'start',
  'system',
  'tag',
  'top',
  'unpause',
  'update',
  'version',
  'volume',
  'wait',
];

const USAGE = [
  'Usage:  docker [OPTIONS] COMMAND',
  '',
  'Commands simulated here:',
  '  run         Create and run a new container from an image',
  '  ps          List containers',
  '  images      List images',
  '  pull        Download an image from a registry',
  '  stop        Stop one or more running containers',
  '  rm          Remove one or more containers',
  '  stats       Display a live stream of container(s) resource usage statistics',
].join('\n');

const usageError = (sub: string, error: string): Result =>
  fail(withHint(`${error}\nSee 'docker ${sub} --help'.`, flagHint(sub, error)));

function requiresArgument(sub: string, usage: string): Result {
  return fail(
    withHint(
      `docker: 'docker ${sub}' requires at least 1 argument\n\nUsage:  docker ${sub} ${usage}\n\nSee 'docker ${sub} --help' for more information`,
      missingArgumentHint(sub),
    ),
  );
}

function ps(args: readonly string[], state: VmSimState): Result {
  const parsed = parseFlags(args, { booleans: { all: 'a', quiet: 'q' }, values: {}, interspersed: true });
  if (!parsed.ok) {
    if (parsed.notSimulated !== undefined) return fail(`Dockyard: ${parsed.notSimulated} is not simulated.`);
    return usageError('ps', parsed.error);
  }
  if (parsed.positional.length > 0)
    return fail(
      withHint(
        `"docker ps" accepts no arguments.\nSee 'docker ps --help'.`,
        'docker ps lists every running container (docker ps -a: all of them); look for the name there.',
      ),
    );
  return print(formatPs(state, parsed.flags['all'] === true, parsed.flags['quiet'] === true));
}

function pull(args: readonly string[], state: VmSimState): Result {
  const parsed = parseFlags(args, { booleans: {}, values: {}, interspersed: true });
  if (!parsed.ok) return usageError('pull', parsed.error);
  const [image, ...extra] = parsed.positional;
  if (image === undefined) return requiresArgument('pull', '[OPTIONS] NAME[:TAG|@DIGEST]');
  if (extra.length > 0)
    return fail(
      withHint(
        `"docker pull" requires exactly 1 argument.\nSee 'docker pull --help'.`,
        'pull one image per line, e.g. docker pull nginx.',
      ),
    );
  const reference = parseImageReference(image);
  if (!reference.ok) return fail(withHint(reference.error, imageHint(image)));
  const denied = registryError(reference);
  const tagLine = reference.explicitTag ? [] : ['Using default tag: latest'];
  if (denied !== null)
    return fail(withHint([...tagLine, `Error response from daemon: ${denied}`].join('\n'), imageHint(image)));
  if (state.images.some((cached) => cached.ref === reference.ref)) {
    const [repository = '', tag = ''] = reference.ref.split(':');
    return print(
      [
        ...tagLine,
        `${tag}: Pulling from library/${repository}`,
        `Digest: ${imageDigest(reference.ref)}`,
        `Status: Image is up to date for ${reference.ref}`,
        `docker.io/library/${reference.ref}`,
      ].join('\n'),
    );
  }
  return {
    kind: 'dispatch',
    command: { type: 'PullImage', image },
    render: () => ({
      output: pullStartLines(reference.ref, reference.explicitTag).join('\n'),
      isError: false,
    }),
  };
}

/** `docker stop` / `docker rm`: echo each ref that worked, report each that did not, in order. */
function stopOrRemove(sub: 'stop' | 'rm', args: readonly string[], state: VmSimState): Result {
  const spec: FlagSpec =
    sub === 'rm'
      ? { booleans: { force: 'f' }, values: {}, interspersed: true }
      : { booleans: {}, values: { time: 't', signal: 's' }, interspersed: true };
  const parsed = parseFlags(args, spec);
  if (!parsed.ok) return usageError(sub, parsed.error);
  const refs = parsed.positional;
  if (refs.length === 0) return requiresArgument(sub, '[OPTIONS] CONTAINER [CONTAINER...]');
  const force = parsed.flags['force'] === true;
  const lines: string[] = [];
  const ids: string[] = [];
  const hints: string[] = [];
  let isError = false;
  for (const ref of refs) {
    const lookup = resolveContainer(state, ref);
    if (!lookup.ok) {
      lines.push(`Error response from daemon: ${lookup.error}`);
      hints.push(
        lookup.error.startsWith('No such container')
          ? noSuchContainerHint(ref, state)
          : 'give more of the id, or the container’s name (docker ps -a lists both).',
      );
      isError = true;
    } else if (sub === 'rm' && lookup.container.status === 'running' && !force) {
      lines.push(
        `Error response from daemon: cannot remove container "/${lookup.container.name}": container is running: stop the container before removing or force remove`,
      );
      hints.push(runningContainerHint(lookup.container.name));
      isError = true;
    } else {
      lines.push(ref);
      if (!ids.includes(lookup.container.id)) ids.push(lookup.container.id);
    }
  }
  // Docker's lines first, in order; then our hints, once each.
  for (const hint of new Set(hints)) lines.push(dockyardHint(hint));
  if (ids.length === 0) return { kind: 'print', output: lines.join('\n'), isError };
  const command: VmCommand =
    sub === 'stop'
      ? { type: 'StopContainers', refs: ids }
      : { type: 'RemoveContainers', refs: ids, ...(force ? { force } : {}) };
  return { kind: 'dispatch', command, render: () => ({ output: lines.join('\n'), isError }) };
}

function stats(args: readonly string[], state: VmSimState): Result {
  const parsed = parseFlags(args, {
    booleans: { 'no-stream': '', all: 'a' },
    values: {},
    interspersed: true,
  });
  if (!parsed.ok) return usageError('stats', parsed.error);
  if (parsed.flags['no-stream'] !== true)
    return fail(
      'Dockyard: docker stats streams until you press Ctrl+C; use docker stats --no-stream for one snapshot.',
    );
  return print(formatStats(state));
}

function run(args: readonly string[], state: VmSimState): Result {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === 'help') return print(USAGE);
  switch (sub) {
    case 'run':
      return dockerRun(rest, state);
    case 'ps':
      return ps(rest, state);
    case 'images':
      return rest.length === 0
        ? print(formatImages(state))
        : fail('Dockyard: docker images takes no arguments here.');
    case 'pull':
      return pull(rest, state);
    case 'stop':
    case 'rm':
      return stopOrRemove(sub, rest, state);
    case 'stats':
      return stats(rest, state);
    default:
      if (NOT_SIMULATED.includes(sub))
        return fail(
          `Dockyard: docker ${sub} is not simulated in this console. Try: ${SIMULATED.join(', ')}.`,
        );
      return fail(
        withHint(`docker: '${sub}' is not a docker command.\nSee 'docker --help'`, subcommandHint(sub)),
      );
  }
}

function complete(before: readonly string[], state: VmSimState): readonly string[] {
  const [sub, ...rest] = before;
  const names = (filter: (status: string) => boolean): string[] =>
    visibleContainers(state)
      .filter((c) => filter(c.status))
      .flatMap((c) => [c.name, c.id.slice(0, 12)]);
  const images = IMAGE_CATALOG.map((image) => (image.tag === 'latest' ? image.repository : refOf(image)));
  switch (sub) {
    case undefined:
      return SIMULATED;
    case 'run':
      return rest[rest.length - 1] === '--name' ||
        rest[rest.length - 1] === '-p' ||
        rest[rest.length - 1] === '-m'
        ? []
        : ['-d', '--name', '-p', '-m', ...images];
    case 'pull':
      return images;
    case 'stop':
      return names((status) => status === 'running');
    case 'rm':
      return ['-f', ...names(() => true)];
    case 'ps':
      return ['-a', '-q'];
    case 'stats':
      return ['--no-stream'];
    default:
      return [];
  }
}

export const dockerProgram: CliProgram<VmSimState, VmCommand> = {
  name: 'docker',
  help: [
    'docker run -d [--name NAME] [-p HOST:CONTAINER] [-m 128m] IMAGE   start a container (pulls the image first)',
    'docker ps [-a]                   list running (or all) containers',
    'docker images                    list the images in the local cache',
    'docker pull IMAGE                download an image (nginx, nginx:alpine, httpd, redis, node:20-alpine, alpine, ubuntu, debian)',
    'docker stop CONTAINER…           stop containers (by name or id)',
    'docker rm [-f] CONTAINER…        remove containers',
    'docker stats --no-stream         memory and CPU per running container',
  ],
  run,
  complete,
};
