import type { CommandError } from '../../sim/core/types';
import type { VmSimState } from '../../sim/vm/types';
import { visibleContainers } from '../../sim/vm/container-refs';
import { IMAGE_CATALOG, parseImageReference, refOf } from '../../sim/vm/images';
import { closestWord, didYouMean } from '../suggest';

/**
 * What to do next after Docker's own error messages: the text of the `Dockyard:` line the console
 * prints under them (UX.md: our messages say what happened and what to do next).
 */

/** `docker` subcommands this console simulates, in the order help lists them. */
export const SIMULATED_SUBCOMMANDS = ['run', 'ps', 'images', 'pull', 'stop', 'rm', 'stats'] as const;

const IMAGE_NAMES = IMAGE_CATALOG.map((image) => (image.tag === 'latest' ? image.repository : refOf(image)));
const REPOSITORIES = [...new Set(IMAGE_CATALOG.map((image) => image.repository))];

export function subcommandHint(sub: string): string {
  const suggestion = closestWord(sub, SIMULATED_SUBCOMMANDS);
  return suggestion === null
    ? `this console simulates docker ${SIMULATED_SUBCOMMANDS.join(', ')}. Type help for examples.`
    : `did you mean "docker ${suggestion}"? Type help for examples.`;
}

/** After an image the registry or the reference parser refused. */
export function imageHint(image: string): string {
  const known = `Images here: ${IMAGE_NAMES.join(', ')}.`;
  const parsed = parseImageReference(image);
  if (!parsed.ok) {
    const lower = parseImageReference(image.toLowerCase());
    if (lower.ok && IMAGE_NAMES.includes(image.toLowerCase()))
      return `image names are lowercase: did you mean "${image.toLowerCase()}"?`;
    return `an image name is lowercase letters, digits and . _ -, with an optional :tag, e.g. nginx or nginx:alpine. ${known}`;
  }
  const tags = IMAGE_CATALOG.filter((entry) => entry.repository === parsed.repository).map((e) => e.tag);
  if (tags.length > 0)
    return `the ${parsed.repository} tags here are ${tags.join(' and ')}, e.g. ${parsed.repository}:${tags[tags.length - 1]}.`;
  return didYouMean(closestWord(parsed.repository, REPOSITORIES), known);
}

/** After a flag pflag refused: what `docker SUB` takes here. */
export function flagHint(sub: string, error: string): string {
  const needs = /^flag needs an argument: (?:--(\w+)|'(\w)')/.exec(error);
  if (needs) {
    const flag = needs[1] ?? needs[2] ?? '';
    const example: Record<string, string> = {
      name: '--name web',
      n: '--name web',
      publish: '-p 8080:80',
      p: '-p 8080:80',
      memory: '-m 128m',
      m: '-m 128m',
      time: '-t 10',
      t: '-t 10',
      signal: '-s SIGTERM',
      s: '-s SIGTERM',
    };
    return `give the flag a value, e.g. ${example[flag] ?? `--${flag} VALUE`}.`;
  }
  const takes: Record<string, string> = {
    run: '-d, --name NAME, -p HOST:CONTAINER and -m SIZE',
    ps: '-a (all, including stopped) and -q (ids only)',
    stop: 'only container names or ids',
    rm: '-f (force) and container names or ids',
    stats: '--no-stream and -a',
    pull: 'only an image name',
  };
  return `docker ${sub} takes ${takes[sub] ?? 'no flags'} here.`;
}

export function missingArgumentHint(sub: string): string {
  if (sub === 'run') return 'name an image, e.g. docker run -d nginx.';
  if (sub === 'pull') return 'name an image, e.g. docker pull nginx.';
  return `name one or more containers, e.g. docker ${sub} web-1 (docker ps -a lists them).`;
}

/** After `No such container: REF`: a name it resembles, and where the list is. */
export function noSuchContainerHint(ref: string, state: VmSimState): string {
  const names = visibleContainers(state).map((c) => c.name);
  return didYouMean(closestWord(ref, names), 'docker ps -a lists the containers by name and id.');
}

export function runningContainerHint(name: string): string {
  return `stop it first (docker stop ${name}), or remove it anyway with docker rm -f ${name}.`;
}

export const PORT_HINT =
  'ports are whole numbers from 1 to 65535, host port first: -p 8080:80 publishes container port 80 on host port 8080.';
export const MEMORY_SIZE_HINT = 'give a size with a unit, e.g. -m 128m or -m 1g.';

/** After an error the Docker daemon (the engine) returned for `docker run`. */
export function runErrorHint(
  error: CommandError,
  request: {
    readonly image: string;
    readonly name?: string;
    readonly hostPort?: number;
    readonly containerPort?: number;
  },
  after: VmSimState,
): string {
  switch (error.code) {
    case 'Conflict':
      return `choose another --name, or remove the old container first (docker rm -f ${request.name ?? 'NAME'}).`;
    case 'PortAllocated': {
      const holder = after.containers.find(
        (c) => c.publish?.hostPort === request.hostPort && !c.portBlocked && c.status !== 'exited',
      );
      const created = after.containers[after.containers.length - 1];
      return (
        `publish another host port (e.g. -p ${(request.hostPort ?? 8080) + 1}:${request.containerPort ?? 80})` +
        (holder ? `, or stop ${holder.name}, which holds ${request.hostPort}` : '') +
        `. Docker still created ${created?.name ?? 'the container'} without starting it; docker rm ${created?.name ?? 'NAME'} removes it.`
      );
    }
    case 'InvalidName':
      return 'a name starts with a letter or digit, then letters, digits, _ . or -, e.g. --name web-1.';
    case 'InvalidMemory':
      return 'give at least -m 6m; the web app here needs about 20–40 MiB, so -m 64m leaves room.';
    default:
      return imageHint(request.image);
  }
}
