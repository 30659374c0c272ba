import type { EcrCommand } from '../../sim/ecr/commands';
import { readDockerfile } from '../../sim/ecr/dockerfile/read-dockerfile';
import { labelPairs } from '../../sim/ecr/dockerfile/build-image';
import type { EcrState } from '../../sim/ecr/types';
import { byteLength } from '../../sim/ecr/hash';
import { fail, type CliContext, type CliResult } from '../types';
import { parseFlags } from '../vm/docker-flags';
import { formatBuild } from './docker-output';

/**
 * `docker build` and `docker buildx build`: reads the Dockerfile and the files its COPY lines name
 * from the build context, then dispatches one build. The context is the folder given (`.` is the
 * course's example files in the browser, the script's folder for `npm run sim`).
 */
type Result = CliResult<EcrState, EcrCommand>;

const BUILD_FLAGS = {
  booleans: { push: '', 'no-cache': '', load: '', quiet: 'q' },
  values: { tag: 't', file: 'f', platform: '', progress: '', label: '' },
  notSimulated: ['build-arg', 'target', 'secret', 'ssh', 'cache-from', 'output'],
  interspersed: true,
};

function platformsOf(text: string | undefined): ('amd64' | 'arm64')[] | string {
  if (text === undefined) return [];
  const platforms: ('amd64' | 'arm64')[] = [];
  for (const entry of text.split(',')) {
    const value = entry.trim().replace(/^linux\//, '');
    if (value === 'amd64' || value === 'x86_64') platforms.push('amd64');
    else if (value === 'arm64' || value === 'aarch64' || value === 'arm64/v8') platforms.push('arm64');
    else return `ERROR: failed to parse platform ${entry}: "${entry}": unknown operating system or architecture: invalid argument`;
  }
  return [...new Set(platforms)];
}

function contextFiles(dir: string, dockerfile: string, context: CliContext): Record<string, string> {
  const prefix = dir === '.' || dir === './' ? '' : `${dir.replace(/^\.\//, '').replace(/\/$/, '')}/`;
  const files: Record<string, string> = {};
  const read = readDockerfile(dockerfile);
  const sources = read.ok ? read.instructions.flatMap((instruction) => (instruction.kind === 'COPY' ? instruction.sources : [])) : [];
  const wantsAll = sources.some((source) => ['.', './', '*'].includes(source));
  for (const path of context.listFiles?.() ?? []) {
    if (!path.startsWith(prefix)) continue;
    const inside = path.slice(prefix.length);
    const named = sources.some((source) => {
      const clean = source.replace(/^\.\//, '').replace(/\/$/, '');
      return inside === clean || inside.startsWith(`${clean}/`);
    });
    if (!wantsAll && !named) continue;
    const file = context.readFile(path);
    if (file.ok) files[inside] = file.text;
  }
  return files;
}

export function dockerBuildLine(args: readonly string[], buildx: boolean, context: CliContext): Result {
  const parsed = parseFlags(args, BUILD_FLAGS);
  if (!parsed.ok) return fail(parsed.notSimulated === undefined ? parsed.error : `Dockyard: --${parsed.notSimulated} is a real build flag this simulator does not model.`);
  const [dir, ...extra] = parsed.positional;
  if (dir === undefined || extra.length > 0)
    return fail(`ERROR: "docker ${buildx ? 'buildx ' : ''}build" requires exactly 1 argument.\nSee 'docker ${buildx ? 'buildx ' : ''}build --help'.\n\nUsage:  docker ${buildx ? 'buildx ' : ''}build [OPTIONS] PATH | URL | -\n\nStart a build`);
  const platforms = platformsOf(typeof parsed.flags['platform'] === 'string' ? parsed.flags['platform'] : undefined);
  if (typeof platforms === 'string') return fail(platforms);
  const name = typeof parsed.flags['file'] === 'string' ? parsed.flags['file'] : 'Dockerfile';
  const prefix = dir === '.' || dir === './' ? '' : `${dir.replace(/^\.\//, '').replace(/\/$/, '')}/`;
  const dockerfile = context.readFile(name.includes('/') ? name : `${prefix}${name}`);
  if (!dockerfile.ok) return fail(`ERROR: failed to solve: failed to read dockerfile: open ${name}: no such file or directory`);
  const tag = parsed.flags['tag'];
  const command: EcrCommand = {
    type: 'DockerBuild',
    tags: typeof tag === 'string' ? [tag] : [],
    platforms,
    dockerfile: dockerfile.text,
    files: contextFiles(dir, dockerfile.text, context),
    push: parsed.flags['push'] === true,
    labels: typeof parsed.flags['label'] === 'string' ? labelPairs(parsed.flags['label']) : {},
  };
  return {
    kind: 'dispatch',
    command,
    render: (outcome) =>
      outcome.error === undefined
        ? { output: formatBuild(outcome.response, byteLength(dockerfile.text)), isError: false }
        : { output: outcome.error.message, isError: true },
  };
}
