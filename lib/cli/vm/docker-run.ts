import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { catalogImage, layerIds, parseImageReference, registryError } from '../../sim/vm/images';
import { fail, type CliResult, type DispatchOutcome, type Printed } from '../types';
import { parseFlags, parseMemoryMiB } from './docker-flags';
import { withHint } from '../suggest';
import {
  MEMORY_SIZE_HINT,
  PORT_HINT,
  flagHint,
  imageHint,
  missingArgumentHint,
  runErrorHint,
} from './docker-hints';

type Result = CliResult<VmSimState, VmCommand>;

const SEE_RUN_HELP = "See 'docker run --help'.";
const runError = (message: string, hint: string): Result =>
  fail(withHint(`docker: ${message}\n${SEE_RUN_HELP}`, hint));
const withPeriod = (message: string): string => (message.endsWith('.') ? message : `${message}.`);

const RUN_FLAGS = {
  booleans: { detach: 'd' },
  values: { name: '', publish: 'p', memory: 'm' },
  notSimulated: [
    '--rm',
    '-i',
    '-t',
    '--interactive',
    '--tty',
    '-e',
    '--env',
    '-v',
    '--volume',
    '--network',
    '--restart',
    '--cpus',
    '--entrypoint',
    '-w',
    '--workdir',
    '-u',
    '--user',
    '--platform',
  ],
  interspersed: false,
};

/** `-p [IP:]HOST:CONTAINER[/tcp]` as docker validates it. */
function parsePublish(text: string): { hostPort: number; containerPort: number } | string {
  const [spec = '', protocol = 'tcp'] = text.split('/');
  if (protocol !== 'tcp') return `Dockyard: only tcp ports are simulated (got ${protocol}).`;
  const parts = spec.split(':');
  if (parts.length < 2)
    return `Dockyard: give both ports, host then container, e.g. -p 8080:80 (docker would otherwise pick a random host port).`;
  const containerText = parts[parts.length - 1] ?? '';
  const hostText = parts[parts.length - 2] ?? '';
  const port = (value: string): number | null =>
    /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535 ? Number(value) : null;
  const hostPort = port(hostText);
  if (hostPort === null)
    return withHint(`docker: Invalid hostPort: ${hostText}.\n${SEE_RUN_HELP}`, PORT_HINT);
  const containerPort = port(containerText);
  if (containerPort === null)
    return withHint(`docker: Invalid containerPort: ${containerText}.\n${SEE_RUN_HELP}`, PORT_HINT);
  return { hostPort, containerPort };
}

/** What `docker pull` (and `docker run` when the image is missing) prints as the pull starts. */
export function pullStartLines(ref: string, explicitTag: boolean): string[] {
  const image = catalogImage(ref);
  if (image === undefined) return [];
  const lines = explicitTag ? [] : ['Using default tag: latest'];
  lines.push(`${image.tag}: Pulling from library/${image.repository}`);
  for (const layer of layerIds(image)) lines.push(`${layer}: Pulling fs layer`);
  return lines;
}

export function dockerRun(args: readonly string[], state: VmSimState): Result {
  const parsed = parseFlags(args, RUN_FLAGS);
  if (!parsed.ok) {
    if (parsed.notSimulated !== undefined)
      return fail(
        `Dockyard: docker run ${parsed.notSimulated} is not simulated in this console; leave it out.`,
      );
    return fail(withHint(`${parsed.error}\n${SEE_RUN_HELP}`, flagHint('run', parsed.error)));
  }
  const { flags, positional } = parsed;
  const [image, ...command] = positional;
  if (image === undefined) {
    return fail(
      withHint(
        "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information",
        missingArgumentHint('run'),
      ),
    );
  }
  if (flags['detach'] !== true) {
    return fail(
      'Dockyard: this console cannot attach to a container’s output; add -d to run it in the background (docker run -d …).',
    );
  }
  if (command.length > 0)
    return fail(
      `Dockyard: overriding the image’s command (${command.join(' ')}) is not simulated; run the image with its default command.`,
    );
  const reference = parseImageReference(image);
  if (!reference.ok) return runError(withPeriod(reference.error), imageHint(image));
  let publish: { hostPort: number; containerPort: number } | undefined;
  if (typeof flags['publish'] === 'string') {
    const result = parsePublish(flags['publish']);
    if (typeof result === 'string') return fail(result);
    publish = result;
  }
  let memoryMiB: number | undefined;
  if (typeof flags['memory'] === 'string') {
    const parsedMemory = parseMemoryMiB(flags['memory']);
    if (parsedMemory === null)
      return runError(
        `invalid argument "${flags['memory']}" for "-m, --memory" flag: invalid size: '${flags['memory']}'`,
        MEMORY_SIZE_HINT,
      );
    memoryMiB = parsedMemory;
  }
  const name = typeof flags['name'] === 'string' ? flags['name'] : undefined;
  const runCommand: VmCommand = {
    type: 'RunContainers',
    image,
    count: 1,
    ...(name === undefined ? {} : { name }),
    ...(publish === undefined ? {} : { publish }),
    ...(memoryMiB === undefined ? {} : { memoryMiB: Math.min(memoryMiB, 65536) }),
  };
  const missing = !state.images.some((cached) => cached.ref === reference.ref);
  const preface = missing ? [`Unable to find image '${reference.ref}' locally`] : [];
  if (missing && registryError(reference) !== null) {
    return fail(
      withHint(
        [
          ...preface,
          `docker: Error response from daemon: ${withPeriod(registryError(reference) ?? '')}`,
          SEE_RUN_HELP,
        ].join('\n'),
        imageHint(image),
      ),
    );
  }
  return {
    kind: 'dispatch',
    command: runCommand,
    render: ({ before, after, error }: DispatchOutcome<VmSimState>): Printed => {
      const startedPull =
        !before.pulls.some((pull) => pull.ref === reference.ref) &&
        after.pulls.some((pull) => pull.ref === reference.ref);
      const waitsForPull = after.pulls.some((pull) => pull.ref === reference.ref);
      // Only claim a pull the engine actually started or joined.
      const lines = waitsForPull
        ? [...preface, ...(startedPull ? pullStartLines(reference.ref, true) : [])]
        : [];
      if (error !== undefined) {
        const request = {
          image,
          ...(name === undefined ? {} : { name }),
          ...(publish === undefined ? {} : publish),
        };
        return {
          output: withHint(
            [...lines, `docker: Error response from daemon: ${withPeriod(error.message)}`, SEE_RUN_HELP].join(
              '\n',
            ),
            runErrorHint(error, request, after),
          ),
          isError: true,
        };
      }
      const created = after.containers[after.containers.length - 1];
      return { output: [...lines, created?.id ?? ''].join('\n'), isError: false };
    },
  };
}
