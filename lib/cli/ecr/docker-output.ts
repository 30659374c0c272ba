import type { Json } from '../../sim/core/types';
import { shortId } from '../../sim/ecr/hash';
import type { EcrState, LocalImage } from '../../sim/ecr/types';
import { formatTable } from '../table';
import { humanDuration } from '../vm/docker-format';

/** What the docker client prints for builds, pushes, pulls and listings. */

/** go-units HumanSize: decimal units, three significant digits (`1.2kB`, `52.5MB`). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${Number(value.toPrecision(3))}${units[unit]}`;
}

/** `docker images` shows the unpacked size; layers unpack to about 2.5 times their download (§10.2). */
export const UNPACKED_RATIO = 2.5;

function unpackedBytes(image: LocalImage): number {
  return image.layers.reduce((sum, layer) => sum + layer.sizeBytes, 0) * UNPACKED_RATIO;
}

function splitName(name: string): [string, string] {
  const colon = name.lastIndexOf(':');
  return [name.slice(0, colon), name.slice(colon + 1)];
}

export function formatImages(state: EcrState, digests: boolean): string {
  const rows: string[][] = [];
  const sorted = [...state.localImages].sort((a, b) => b.createdAt - a.createdAt);
  for (const image of sorted) {
    const created = `${humanDuration(state.now - image.createdAt)} ago`;
    const names = image.repoTags.length === 0 ? ['<none>:<none>'] : image.repoTags;
    for (const name of names) {
      const [repository, tag] = splitName(name);
      const repoDigest = image.repoDigests.find((entry) => entry.startsWith(`${repository}@`));
      const digest = repoDigest?.split('@')[1] ?? '<none>';
      rows.push([repository, tag, ...(digests ? [digest] : []), shortId(image.imageId), created, humanSize(unpackedBytes(image))]);
    }
  }
  return formatTable([['REPOSITORY', 'TAG', ...(digests ? ['DIGEST'] : []), 'IMAGE ID', 'CREATED', 'SIZE'], ...rows]);
}

export function formatHistory(state: EcrState, image: LocalImage): string {
  const bytesOf = new Map(image.layers.map((layer) => [layer.digest, layer.sizeBytes]));
  const entries = [...image.config.history].reverse();
  const rows = entries.map((entry, index) => [
    index === 0 ? shortId(image.imageId) : '<missing>',
    `${humanDuration(state.now - image.createdAt)} ago`,
    entry.createdBy.length > 45 ? `${entry.createdBy.slice(0, 44)}…` : entry.createdBy,
    entry.layerDigest === null ? '0B' : humanSize((bytesOf.get(entry.layerDigest) ?? 0) * UNPACKED_RATIO),
    entry.createdBy.endsWith('# buildkit') ? 'buildkit.dockerfile.v0' : '',
  ]);
  return formatTable([['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]);
}

interface BuildJson {
  readonly platforms: readonly string[];
  readonly names: readonly string[];
  readonly base: string;
  readonly contextBytes: number;
  readonly builds: readonly { readonly architecture: string; readonly imageId: string; readonly steps: readonly { readonly text: string; readonly cached: boolean; readonly layer: string | null; readonly bytes: number }[] }[];
  readonly pushes: readonly { readonly repository: string; readonly tag: string; readonly digest: string }[];
}

/** BuildKit's summary once a build has finished (without the per-step timings). */
export function formatBuild(response: Json | undefined, dockerfileBytes: number): string {
  const build = response as unknown as BuildJson;
  const lines: string[] = [];
  const multi = build.platforms.length > 1;
  const layerSteps = build.builds[0]?.steps.filter((step) => step.layer !== null) ?? [];
  const total = layerSteps.length + 1;
  const built = build.builds.flatMap((b) => b.steps).filter((step) => step.layer !== null && !step.cached);
  const seconds = 0.4 + built.reduce((sum, step) => sum + (step.text.startsWith('RUN') ? 2 + step.bytes / 20_000_000 : 0.1), 0);
  lines.push(`[+] Building ${seconds.toFixed(1)}s (${total + 4}/${total + 4}) FINISHED`);
  lines.push(' => [internal] load build definition from Dockerfile', ` => => transferring dockerfile: ${humanSize(dockerfileBytes)}`);
  for (const platform of build.platforms) lines.push(` => [${multi ? `linux/${platform} ` : ''}internal] load metadata for ${build.base}`);
  lines.push(' => [internal] load .dockerignore', ' => [internal] load build context', ` => => transferring context: ${humanSize(build.contextBytes)}`);
  for (const result of build.builds) {
    const prefix = multi ? `linux/${result.architecture} ` : '';
    lines.push(` => [${prefix}1/${total}] FROM ${build.base}`);
    result.steps
      .filter((step) => step.layer !== null)
      .forEach((step, index) => lines.push(` => ${step.cached ? 'CACHED ' : ''}[${prefix}${index + 2}/${total}] ${step.text}`));
  }
  lines.push(' => exporting to image', ' => => exporting layers');
  if (build.pushes.length > 0) {
    for (const push of build.pushes) {
      lines.push(' => => pushing layers', ` => => pushing manifest for ${push.repository}:${push.tag}@${push.digest}`);
    }
  } else {
    lines.push(` => => writing image ${build.builds[0]?.imageId ?? ''}`);
    for (const name of build.names) lines.push(` => => naming to ${name.includes('/') && name.split('/')[0]?.includes('.') ? name : `docker.io/library/${name}`}`);
  }
  return lines.join('\n');
}
