import type { EcrCommand } from '../../sim/ecr/commands';
import { shortId } from '../../sim/ecr/hash';
import { parseImageRef } from '../../sim/ecr/image-refs';
import { findLocalImage } from '../../sim/ecr/local-images';
import type { EcrState } from '../../sim/ecr/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import { fail, print, type CliContext, type CliProgram, type CliResult, type DispatchOutcome, type Printed } from '../types';
import { parseFlags } from '../vm/docker-flags';
import { dockerBuildLine } from './docker-build-line';
import { formatHistory, formatImages } from './docker-output';

/** The docker client on the laptop: build, tag, push, pull, list and remove images, log in. */
type Result = CliResult<EcrState, EcrCommand>;

export const DOCKER_ECR_HELP = [
  'docker build -t NAME[:TAG] [--platform linux/arm64] .   build the Dockerfile in the folder',
  'docker buildx build --platform linux/amd64,linux/arm64 -t URI:TAG --push .',
  'docker images [--digests] | docker history IMAGE',
  'docker tag SOURCE TARGET | docker rmi IMAGE',
  'docker push URI:TAG | docker pull [--platform linux/arm64] URI:TAG',
  'docker login --username AWS --password-stdin REGISTRY   (after aws ecr get-login-password |)',
];

const SUBCOMMANDS = ['build', 'buildx', 'images', 'image', 'history', 'tag', 'push', 'pull', 'rmi', 'login'];

function answer(outcome: DispatchOutcome<EcrState>, success: () => string): Printed {
  return outcome.error === undefined ? { output: success(), isError: false } : { output: outcome.error.message, isError: true };
}

function usage(name: string, count: string, synopsis: string): Result {
  return fail(`"docker ${name}" requires ${count}.\nSee 'docker ${name} --help'.\n\nUsage:  docker ${name} ${synopsis}`);
}

/** Docker names a Docker Hub repository in full: `web` is `docker.io/library/web`. */
function shownRepository(name: string): string {
  const first = name.split('/')[0] ?? '';
  if (first.includes('.') || first.includes(':')) return name;
  return name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
}

function pushLine(args: readonly string[]): Result {
  if (args.length !== 1) return usage('push', 'exactly 1 argument', '[OPTIONS] NAME[:TAG]');
  const ref = args[0] ?? '';
  return {
    kind: 'dispatch',
    command: { type: 'DockerPush', ref },
    render: (outcome) => {
      const response = outcome.response as { name?: string; repository?: string; tag?: string; layers?: { digest: string; status: string }[] | string[]; digest?: string; size?: number } | undefined;
      const name = response?.name ?? response?.repository ?? ref;
      if (outcome.error !== undefined) {
        if (outcome.error.code === 'NoSuchImage' || outcome.error.code === 'InvalidReference') return { output: outcome.error.message, isError: true };
        const layers = (response?.layers ?? []) as string[];
        // An immutable tag is refused when the manifest is put, after the layer checks.
        const stored = new Set(outcome.before.repositories.flatMap((repository) => repository.blobs.map((blob) => blob.digest)));
        const checked = outcome.error.code === 'ImageTagAlreadyExistsException';
        const lines = layers.map((digest) => `${shortId(digest)}: ${checked && stored.has(digest) ? 'Layer already exists' : checked ? 'Pushed' : 'Preparing'}`);
        return { output: [`The push refers to repository [${shownRepository(name)}]`, ...lines, outcome.error.message].join('\n'), isError: true };
      }
      const layers = (response?.layers ?? []) as { digest: string; status: string }[];
      return {
        output: [`The push refers to repository [${shownRepository(name)}]`, ...layers.map((layer) => `${shortId(layer.digest)}: ${layer.status}`), `${response?.tag}: digest: ${response?.digest} size: ${response?.size}`].join('\n'),
        isError: false,
      };
    },
  };
}

function pullLine(args: readonly string[]): Result {
  const parsed = parseFlags(args, { booleans: { quiet: 'q' }, values: { platform: '' }, interspersed: true });
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.positional.length !== 1) return usage('pull', 'exactly 1 argument', '[OPTIONS] NAME[:TAG|@DIGEST]');
  const ref = parsed.positional[0] ?? '';
  const platformFlag = parsed.flags['platform'];
  const platform = typeof platformFlag === 'string' ? platformFlag.replace(/^linux\//, '') : undefined;
  if (platform !== undefined && platform !== 'amd64' && platform !== 'arm64') return fail(`invalid platform: ${platformFlag}`);
  return {
    kind: 'dispatch',
    command: { type: 'DockerPull', ref, ...(platform === undefined ? {} : { platform }) },
    render: (outcome) =>
      answer(outcome, () => {
        const r = outcome.response as { name: string; path: string; repository: string; tag: string; digest: string; upToDate: boolean; layers: { digest: string; status: string }[] };
        const shown = r.name === '' ? ref : r.name;
        const lines = [`${r.tag}: Pulling from ${r.path}`];
        if (!r.upToDate) lines.push(...r.layers.map((layer) => `${shortId(layer.digest)}: ${layer.status}`));
        lines.push(`Digest: ${r.digest}`, r.upToDate ? `Status: Image is up to date for ${shown}` : `Status: Downloaded newer image for ${shown}`, shown);
        return lines.join('\n');
      }),
  };
}

function loginLine(args: readonly string[], context: CliContext): Result {
  const parsed = parseFlags(args, { booleans: { 'password-stdin': '' }, values: { username: 'u', password: 'p' }, interspersed: true });
  if (!parsed.ok) return fail(parsed.error);
  const registry = parsed.positional[0];
  if (registry === undefined)
    return fail(withHint('Error: Cannot perform an interactive login from a non TTY device', 'aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com'));
  const stdin = parsed.flags['password-stdin'] === true;
  if (stdin && context.stdin === undefined) return fail('Error: Cannot perform an interactive login from a non TTY device');
  const password = stdin ? (context.stdin ?? '').trim() : typeof parsed.flags['password'] === 'string' ? parsed.flags['password'] : '';
  const warning = !stdin && password !== '' ? 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n' : '';
  const username = typeof parsed.flags['username'] === 'string' ? parsed.flags['username'] : '';
  return {
    kind: 'dispatch',
    command: { type: 'DockerLogin', registry, username, password },
    render: (outcome) => answer(outcome, () => `${warning}Login Succeeded`),
  };
}

function imagesLine(args: readonly string[], state: EcrState): Result {
  const parsed = parseFlags(args, { booleans: { digests: '', all: 'a', quiet: 'q' }, values: {}, interspersed: true });
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags['quiet'] === true) return print([...new Set(state.localImages.map((image) => shortId(image.imageId)))].join('\n'));
  return print(formatImages(state, parsed.flags['digests'] === true));
}

function run(args: readonly string[], state: EcrState, context: CliContext): Result {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'build':
      return dockerBuildLine(rest, false, context);
    case 'buildx':
      return rest[0] === 'build' ? dockerBuildLine(rest.slice(1), true, context) : fail(`Dockyard: docker buildx ${rest[0] ?? ''} is not simulated; docker buildx build is.`);
    case 'images':
      return imagesLine(rest, state);
    case 'image':
      if (rest[0] === 'ls') return imagesLine(rest.slice(1), state);
      if (rest[0] === 'rm') return run(['rmi', ...rest.slice(1)], state, context);
      if (rest[0] === 'history') return run(['history', ...rest.slice(1)], state, context);
      return fail(`Dockyard: docker image ${rest[0] ?? ''} is not simulated; docker image ls, rm and history are.`);
    case 'history': {
      if (rest.length !== 1) return usage('history', 'exactly 1 argument', '[OPTIONS] IMAGE');
      const parsed = parseImageRef(rest[0] ?? '');
      const image = findLocalImage(state, rest[0] ?? '', parsed.ok ? parsed.ref : null);
      return image === undefined ? fail(`Error response from daemon: No such image: ${rest[0]}`) : print(formatHistory(state, image));
    }
    case 'tag':
      if (rest.length !== 2) return usage('tag', 'exactly 2 arguments', 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]');
      return { kind: 'dispatch', command: { type: 'DockerTag', source: rest[0] ?? '', target: rest[1] ?? '' }, render: (outcome) => answer(outcome, () => '') };
    case 'push':
      return pushLine(rest);
    case 'pull':
      return pullLine(rest);
    case 'rmi': {
      const parsed = parseFlags(rest, { booleans: { force: 'f' }, values: {}, interspersed: true });
      if (!parsed.ok) return fail(parsed.error);
      if (parsed.positional.length === 0) return usage('rmi', 'at least 1 argument', '[OPTIONS] IMAGE [IMAGE...]');
      return {
        kind: 'dispatch',
        command: { type: 'DockerRmi', refs: parsed.positional, force: parsed.flags['force'] === true },
        render: (outcome) => answer(outcome, () => ((outcome.response as { lines?: string[] } | undefined)?.lines ?? []).join('\n')),
      };
    }
    case 'login':
      return loginLine(rest, context);
    case 'inspect':
    case 'manifest':
      return fail(`Dockyard: docker ${sub} is a real command this simulator does not model; docker history shows an image's layers, and the picture shows each image's architecture.`);
    case 'run':
    case 'ps':
      return fail(`Dockyard: this simulator builds and ships images; docker ${sub} runs containers in the Containers vs virtual machines simulator.`);
    default:
      return fail(withHint(`docker: '${sub ?? ''}' is not a docker command.\nSee 'docker --help'`, didYouMean(closestWord(sub ?? '', SUBCOMMANDS), 'type help for the docker commands simulated here.')));
  }
}

export const dockerEcrProgram: CliProgram<EcrState, EcrCommand> = {
  name: 'docker',
  help: DOCKER_ECR_HELP,
  run,
  complete: (before, state) => {
    if (before.length === 0) return SUBCOMMANDS;
    if (['push', 'history', 'rmi', 'tag'].includes(before[0] ?? '')) return state.localImages.flatMap((image) => image.repoTags);
    return [];
  },
};
