import { findBaseImage } from '../base-images';
import { byteLength, digestOf } from '../hash';
import { manifestFor } from '../manifests';
import type { Architecture, HistoryEntry, ImageConfig, Layer, PlatformImage } from '../types';
import type { Instruction } from './read-dockerfile';
import { runLayerBytes } from './run-layer-size';

/**
 * Builds a single-stage Dockerfile for one platform (§10.3): the base image's layers, then one
 * layer per RUN and COPY/ADD, each named by a digest of its parent and its content, so an
 * unchanged step has an unchanged digest (the build cache) and any change below it changes every
 * layer above. CMD, ENTRYPOINT, EXPOSE, ENV, WORKDIR, USER, LABEL and ARG change only the config.
 */
export interface BuildStep {
  readonly text: string;
  /** Null for a metadata-only step; otherwise the layer it made. */
  readonly layer: Layer | null;
  readonly cached: boolean;
}

export type BuildResult =
  | { readonly ok: true; readonly image: PlatformImage; readonly steps: readonly BuildStep[]; readonly contextBytes: number }
  | { readonly ok: false; readonly error: string };

export interface BuildInput {
  readonly instructions: readonly Instruction[];
  /** The build context: path → content. */
  readonly files: Readonly<Record<string, string>>;
  readonly architecture: Architecture;
  readonly cache: ReadonlySet<string>;
  /** `docker build --label KEY=VALUE`. */
  readonly labels: Readonly<Record<string, string>>;
}

function copiedFiles(sources: readonly string[], files: Readonly<Record<string, string>>): { ok: true; paths: string[] } | { ok: false; missing: string } {
  const paths: string[] = [];
  for (const source of sources) {
    const clean = source.replace(/^\.\//, '').replace(/\/$/, '');
    if (clean === '.' || clean === '') {
      paths.push(...Object.keys(files));
      continue;
    }
    const matching = Object.keys(files).filter((path) => path === clean || path.startsWith(`${clean}/`));
    if (matching.length === 0) return { ok: false, missing: clean };
    paths.push(...matching);
  }
  return { ok: true, paths: [...new Set(paths)].sort() };
}

/** `LABEL version="1.0" team=web`. */
export function labelPairs(text: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const match of text.matchAll(/([\w.-]+)=("[^"]*"|\S*)/g)) pairs[match[1] ?? ''] = (match[2] ?? '').replace(/^"|"$/g, '');
  return pairs;
}

export function buildImage(input: BuildInput): BuildResult {
  const fromInstruction = input.instructions.find((instruction) => instruction.kind === 'FROM');
  if (fromInstruction?.kind !== 'FROM') return { ok: false, error: 'no build stage in current context' };
  const base = findBaseImage(fromInstruction.image);
  if (base === undefined) {
    const ref = fromInstruction.image.includes(':') ? fromInstruction.image : `${fromInstruction.image}:latest`;
    const full = ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
    return { ok: false, error: `${fromInstruction.image}: failed to resolve source metadata for ${full}: ${full}: not found` };
  }
  const architecture = fromInstruction.platform === 'linux/arm64' ? 'arm64' : fromInstruction.platform === 'linux/amd64' ? 'amd64' : input.architecture;
  const baseImage = base.platform(architecture);
  let config: ImageConfig = baseImage.config;
  const layers: Layer[] = [...baseImage.layers];
  const history: HistoryEntry[] = [...config.history];
  const steps: BuildStep[] = [];
  let contextBytes = 0;
  for (const instruction of input.instructions) {
    if (instruction.kind === 'FROM' || instruction.kind === 'ARG') continue;
    const parent = layers[layers.length - 1]?.digest ?? 'scratch';
    let layer: Layer | null = null;
    let text: string;
    switch (instruction.kind) {
      case 'RUN':
        text = `RUN ${instruction.command}`;
        layer = { digest: digestOf(`${parent}\n${text}`), sizeBytes: runLayerBytes(instruction.command), createdBy: `${text} # buildkit` };
        break;
      case 'COPY': {
        text = instruction.text;
        const copied = copiedFiles(instruction.sources, input.files);
        if (!copied.ok) return { ok: false, error: `failed to compute cache key: failed to calculate checksum of ref: "/${copied.missing}": not found` };
        const content = copied.paths.map((path) => `${path}\n${input.files[path] ?? ''}`).join('\n');
        const bytes = copied.paths.reduce((sum, path) => sum + byteLength(input.files[path] ?? ''), 0);
        contextBytes += bytes;
        layer = { digest: digestOf(`${parent}\n${text}\n${content}`), sizeBytes: Math.max(bytes, 32) + 512, createdBy: `${text} # buildkit` };
        break;
      }
      case 'CMD':
      case 'ENTRYPOINT':
        text = instruction.text;
        config = instruction.kind === 'CMD' ? { ...config, cmd: instruction.argv } : { ...config, entrypoint: instruction.argv, cmd: null };
        break;
      case 'EXPOSE':
        text = `EXPOSE ${instruction.ports.join(' ')}`;
        config = { ...config, exposedPorts: [...new Set([...config.exposedPorts, ...instruction.ports])].sort((a, b) => a - b) };
        break;
      case 'ENV':
        text = `ENV ${instruction.pairs.map(([key, value]) => `${key}=${value}`).join(' ')}`;
        config = { ...config, env: [...config.env.filter((entry) => !instruction.pairs.some(([key]) => entry.startsWith(`${key}=`))), ...instruction.pairs.map(([key, value]) => `${key}=${value}`)] };
        break;
      case 'WORKDIR':
        text = `WORKDIR ${instruction.value}`;
        config = { ...config, workdir: instruction.value };
        break;
      case 'USER':
        text = `USER ${instruction.value}`;
        config = { ...config, user: instruction.value };
        break;
      case 'LABEL':
        text = instruction.text;
        config = { ...config, labels: { ...config.labels, ...labelPairs(instruction.text.slice('LABEL '.length)) } };
        break;
    }
    if (layer !== null) layers.push(layer);
    history.push({ createdBy: `${text} # buildkit`, layerDigest: layer?.digest ?? null });
    steps.push({ text, layer, cached: layer !== null && input.cache.has(layer.digest) });
  }
  const finalConfig: ImageConfig = { ...config, labels: { ...config.labels, ...input.labels }, history };
  return { ok: true, image: { ...manifestFor(finalConfig, layers), base: base.canonical }, steps, contextBytes };
}
